import { describe, expect, it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn, triples } from '../helpers.js';

// Names of two or more words, names without context in written text, and the
// nouns after which a capitalised word names a place, a work or a label
// (src/detect/person-names.ts, person-slots.ts, person-business.ts).

const [person] = createPersonDetectors();

/** One PERSON span of a single-turn call: [start, end) and the text it must cover. */
type Expected = [number, number, string];

function check(text: string, spans: readonly { start: number; end: number }[], expected: readonly Expected[]): void {
  expect(triples(spans as never)).toEqual(expected.map(([s, e]) => [s, e, 'PERSON']));
  for (const [s, e, covered] of expected) expect(text.slice(s, e)).toBe(covered);
}

// Consecutive name words form one name: first names that are also surnames
// ("Karsten", "Günther"), double first names, particles, double surnames
// without a hyphen, read-backs with the surname first.
const multiWord: [string, Expected[]][] = [
  ['Hier ist Karsten Baumann.', [[9, 24, 'Karsten Baumann']]],
  ['Karsten Baumann hat angerufen.', [[0, 15, 'Karsten Baumann']]],
  ['Gestern hat Günther Baumann angerufen.', [[12, 27, 'Günther Baumann']]],
  ['Herr Karsten Baumann ist heute nicht im Haus.', [[5, 20, 'Karsten Baumann']]],
  ['Ich bin Hans Peter Weber und rufe wegen der Rechnung an.', [[8, 24, 'Hans Peter Weber']]],
  ['Mein Name ist Ursula von der Leyen.', [[14, 34, 'Ursula von der Leyen']]],
  ['Beim Treffen mit Otto Werner ging es um die Rechnung.', [[17, 28, 'Otto Werner']]],
  ['Ernst Otto hat die Unterlagen geschickt.', [[0, 10, 'Ernst Otto']]],
  ['Guten Tag, Frau Baumann Kowalski.', [[16, 32, 'Baumann Kowalski']]],
  ['Baumann Schröder hat den Vertrag unterschrieben.', [[0, 16, 'Baumann Schröder']]],
  ['Der Wechsel von van der Vaart ist fix.', [[16, 29, 'van der Vaart']]],
  // Speech-to-text form.
  ['hier ist karsten baumann', [[9, 24, 'karsten baumann']]],
  ['ja hallo hier ist günther baumann ich wollte was fragen', [[18, 33, 'günther baumann']]],
  ['mein name ist hans peter weber', [[14, 30, 'hans peter weber']]],
  ['hier spricht ursula von der leyen', [[13, 33, 'ursula von der leyen']]],
  ['guten tag frau baumann kowalski', [[15, 31, 'baumann kowalski']]],
];

// Owner names after a business word stay names (SPEC §1: a person's name inside a firm's name).
const businessOwners: [string, Expected[]][] = [
  ['Wir haben die Firma Brandt beauftragt.', [[20, 26, 'Brandt']]],
  ['Kanzlei Weber, was kann ich für Sie tun?', [[8, 13, 'Weber']]],
  ['Bäckerei Schmidt, grüß Gott.', [[9, 16, 'Schmidt']]],
  ['Ich war heute bei der Bäckerei Schmidt.', [[31, 38, 'Schmidt']]],
  ['bäckerei schmidt grüß gott', [[9, 16, 'schmidt']]],
];

// Written news: a surname alone mid-sentence, and after a reporting verb at the clause end.
const news: [string, Expected[]][] = [
  ['„Das war knapp“, so Berghoff.', [[20, 28, 'Berghoff']]],
  ['Das Gespräch mit Krause war kurz.', [[17, 23, 'Krause']]],
  ['Das Buch von H. Dietz erschien 1990.', [[13, 21, 'H. Dietz']]],
];

// Hard negatives, each with the reason it is no name.
const negatives: [string, string][] = [
  ['Die Gemeinde Gosenbach hat die Gebühren erhöht.', 'a place after "Gemeinde"'],
  ['die gemeinde gosenbach hat die gebühren erhöht', 'a place after "gemeinde", lowercase'],
  ['Er zog in die Marktgemeinde Hollerbach.', 'a place after a compound of "Gemeinde"'],
  ['Das Kohlekraftwerk Werner wurde stillgelegt.', 'a gazetteer name after a compound of "Kraftwerk"'],
  ['Die Bahn des Planeten Eros ist elliptisch.', 'a first name after "Planeten" names the planet'],
  ['Die Platte erschien beim Label EMI.', 'a label, and a first name in capitals is an acronym'],
  ['Das Schiff lag im Hafen Port Sunlight.', 'a place after "Hafen"'],
  ['Die Werkstatt liegt in Völklingen/Fenne.', 'a first name glued by a slash to a place'],
  ['Wir fliegen nach Sao Paulo.', 'a place marker opens no name'],
  ['Ich wohne in Brandenburg an der Havel.', 'a river'],
  ['Das Modell Victor kam 1961 auf den Markt.', 'a product after "Modell"'],
  ['Er war lange Richter am Landgericht.', 'an occupational surname alone is the noun'],
  ['Der Zimmermann kommt nächste Woche.', 'an occupational surname after an article'],
  ['Sie sagte Montag.', 'a reporting verb before a word that is also a name'],
  ['sie sagte montag passt', 'a reporting verb before a lowercase weekday'],
  ['So Leute, jetzt geht es los.', '"so" before a noun'],
  ['Wir fahren mit dem Van in den Urlaub.', '"Van" capitalised is the vehicle'],
  ['Der Koch hat heute frei.', 'noun after an article'],
  ['der koch ist krank', 'noun after an article, lowercase'],
  ['Ein Wolf lief über die Straße.', 'noun after an article'],
  ['Im Sommer ist die Praxis geschlossen.', 'season after a preposition'],
  ['im sommer fahren wir an die see', 'season after a preposition, lowercase'],
  ['Der Pflegedienst Lebensfreude kommt morgens.', 'a brand made of words after a business word'],
];

describe('PERSON names of several words', () => {
  it.each(multiWord)('%s', async (text, expected) => {
    check(text, await detectIn(person, text), expected);
  });

  it('reads a surname-first answer as one name', async () => {
    const spans = await detectIn(person, { speaker: 'agent', text: 'Wie war Ihr Name?' }, 'Baumann Lukas.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 13]]);
  });

  it('keeps "surname, full name" as two mentions', async () => {
    const spans = await detectIn(person, { speaker: 'agent', text: 'Wie war Ihr Name?' }, 'baumann lukas baumann');
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 7],
      [8, 21],
    ]);
  });
});

describe('PERSON owner names after business words', () => {
  it.each(businessOwners)('%s', async (text, expected) => {
    check(text, await detectIn(person, text), expected);
  });
});

describe('PERSON in written news', () => {
  it.each(news)('%s', async (text, expected) => {
    check(text, await detectIn(person, text), expected);
  });

  it('takes the name after a reporting verb in a later sentence', async () => {
    const spans = await detectIn(person, 'Der Trainer sagte, die Mannschaft sei bereit.', '"Wir sind bereit", sagte Obermaier.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 25, 34]]);
  });
});

describe('PERSON hard negatives: places, works, nouns', () => {
  it.each(negatives)('%s (%s)', async (text) => {
    expect(await detectIn(person, text)).toEqual([]);
  });
});
