import { describe, expect, it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn, triples } from '../helpers.js';

// Call-transcript situations: firm names with a surname, self-introductions
// without "ist", rare surnames, names established earlier in the call. Each
// table row is written form or speech-to-text form (lowercase, no punctuation).

const [person] = createPersonDetectors();

/** One PERSON span of a single-turn call: [start, end) and the text it must cover. */
type Expected = [number, number, string];

const positives: [string, Expected[]][] = [
  // A surname closing a firm's name in the opening, also a partner after "und"/"&".
  ['Steuerkanzlei Wagner und Özdemir, Ines Wagner am Telefon.', [[14, 20, 'Wagner'], [25, 32, 'Özdemir'], [34, 45, 'Ines Wagner']]],
  ['steuerkanzlei wagner und özdemir ines wagner am telefon', [[14, 20, 'wagner'], [25, 32, 'özdemir'], [33, 44, 'ines wagner']]],
  ['Kanzlei für Arbeitsrecht Demir & Vogt, Laura am Empfang.', [[25, 30, 'Demir'], [33, 37, 'Vogt'], [39, 44, 'Laura']]],
  ['Immobilienverwaltung Kranz, Hakan Çelik, guten Tag.', [[21, 26, 'Kranz'], [28, 39, 'Hakan Çelik']]],
  ['immobilienverwaltung kranz hakan çelik guten tag', [[21, 26, 'kranz'], [27, 38, 'hakan çelik']]],
  ['Dachdecker Hahn, guten Tag.', [[11, 15, 'Hahn']]],
  ['dachdecker hahn guten tag', [[11, 15, 'hahn']]],
  ['schlüsseldienst lang hallo', [[16, 20, 'lang']]],
  ['bezirksschornsteinfeger schwarz guten tag', [[24, 31, 'schwarz']]],
  ['sparkasse baufinanzierung schulz', [[26, 32, 'schulz']]],
  // Self-introductions: "X hier", "hier X", "hier ist X" after the firm's name.
  ['Gasversorgung Süd, hier ist Vogel, guten Tag.', [[28, 33, 'Vogel']]],
  ['gasversorgung süd hier ist vogel guten tag', [[27, 32, 'vogel']]],
  ['Hallo, hier Lang, ich wollte meine Blutwerte erfragen.', [[12, 16, 'Lang']]],
  ['hallo hier lang ich wollte meine blutwerte erfragen', [[11, 15, 'lang']]],
  ['Ja hallo, Schmied hier.', [[10, 17, 'Schmied']]],
  ['ja hallo schmied hier', [[9, 16, 'schmied']]],
  // A rare surname after a strong trigger and a filler; an unknown surname with foreign letters after a first name.
  ['Danke, mein Name ist übrigens Şimşek.', [[30, 36, 'Şimşek']]],
  ['danke mein name ist übrigens şimşek', [[29, 35, 'şimşek']]],
  ['Das ist Maja Zielińska, geboren 2012.', [[8, 22, 'Maja Zielińska']]],
  ['das ist maja zielińska geboren am achten oktober', [[8, 22, 'maja zielińska']]],
  // A first name after "der Kollege" or alone ("der Jochen").
  ['Der Kollege Frank fährt jetzt los.', [[12, 17, 'Frank']]],
  ['der kollege frank fährt jetzt los', [[12, 17, 'frank']]],
  ['Kann mein Mann da sein, der Jochen?', [[28, 34, 'Jochen']]],
  ['kann mein mann da sein der jochen', [[27, 33, 'jochen']]],
  // The name ends before a question word or a greeting: not "wolf worum", "wolf schönen".
  ['herr wolf worum gehts', [[5, 9, 'wolf']]],
  ['danke herr wolf schönen tag', [[11, 15, 'wolf']]],
  ['okay herr braun wasser abgestellt', [[10, 15, 'braun']]],
  ['ah ja herr doğan der passat mit dem kennzeichen', [[11, 16, 'doğan']]],
  // A surname said before the full name is a mention of its own (the resolver may still join adjacent spans).
  ['ja hallo hier ist sommer dieter sommer ich wollte fragen', [[18, 24, 'sommer'], [25, 38, 'dieter sommer']]],
  ['nowak agnieszka nowak', [[0, 5, 'nowak'], [6, 21, 'agnieszka nowak']]],
  // After a first name with weak context ("für"), an unknown lowercase word is no surname.
  ['für mareike endete der auftritt', [[4, 11, 'mareike']]],
];

/** Text, reason: no PERSON span at all. */
const negatives: [string, string][] = [
  ['Ambulanter Pflegedienst Lebenswert, hallo?', 'a compound of two words (Lebens+wert) after a business word is a brand'],
  ['Reisebüro Sonnenklar, guten Tag.', 'a compound of words (Sonnen+klar) is a brand'],
  ['Logopädische Praxis Sprachraum, guten Tag.', 'a compound of words (Sprach+raum) after "Praxis" is a brand'],
  ['Sanitätshaus Vital, guten Tag.', 'a first name that is an adjective, right after a noun, is the brand'],
  ['pflegedienst lebensfreude grüß gott', 'lowercase compound after a business word'],
  ['hausverwaltung gelsenkirchen grüß gott was kann ich für sie tun', 'a city after a business word'],
  ['Praxis für Physiotherapie, grüß Gott.', 'a greeting after a noun does not make it a name'],
  ['hier gilt rechts vor links', 'a bare "hier" needs a gazetteer name after it'],
  ['fahr vorsichtig', 'the last word of a short first turn is no firm name unless a surname'],
  ['feuer frei', 'a frequent adjective at the end of the opening is no surname'],
  ['im überkritischen zustand sind fluide gleichzeitig flüssig und gasförmig', 'two adjectives joined by "und" are no firm of two'],
  ['Es gibt kein Sägewerk in Bad Segeberg.', 'a place after "Bad"'],
  ['Dort stand: Sie sind unser hunderttausendster Kunde.', 'a role noun is never a name'],
];

describe('rules:person in call transcripts', () => {
  it.each(positives)('finds names in: %s', async (text, expected) => {
    const spans = await detectIn(person, text);
    expect(triples(spans)).toEqual(expected.map(([s, e]) => [s, e, 'PERSON']));
    for (const [s, e, value] of expected) expect(text.slice(s, e)).toBe(value);
  });

  it.each(negatives)('no name in: %s (%s)', async (text) => {
    const spans = await detectIn(person, text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it('answers "und der vorname" with a first name in the next turn', async () => {
    const spans = await detectIn(person, 'und der vorname', 'rüdiger');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 7]]);
  });

  it.each([
    ['ich gebe das sofort weiter der koch kann also nicht selbst anrufen', 31, 35],
    ['Kann der Koch von Ihnen das selbst machen?', 9, 13],
    ['ach beim koch gegenüber', 9, 13],
  ])('propagates a name that is also a word after an article once the call introduced it: %s', async (later, start, end) => {
    const spans = await detectIn(person, 'ja guten tag herr koch hier', later);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [0, 18, 22],
      [1, start, end],
    ]);
  });

  it.each([
    ['der koch kann nicht kommen', 'the call never introduced Koch as a name'],
    ['im sommer ist es warm', '"im" is no article before a person'],
  ])('does not propagate: %s (%s)', async (text) => {
    const spans = await detectIn(person, text);
    expect(spans).toEqual([]);
  });

  it('keeps the noun after an article when a place follows', async () => {
    const spans = await detectIn(person, 'Guten Tag, Frau Koch.', 'Der Koch im Restaurant war gut.');
    expect(spans.map((s) => s.turn)).toEqual([0]);
  });
});
