import { describe, expect, it } from 'vitest';
import { createSpecialDetectors } from '../../src/detect/special.js';
import type { Span } from '../../src/types.js';
import { detectIn, type TestTurn } from '../helpers.js';

const [detector] = createSpecialDetectors();

async function special(...turns: TestTurn[]): Promise<Span[]> {
  return detectIn(detector, ...turns);
}

const quads = (spans: Span[]): [number, number, string, string | undefined][] =>
  spans.map((s) => [s.start, s.end, s.label, s.subtype]);

describe('SPECIAL: positives with subtype (minimal revealing term)', () => {
  it.each<[string, [number, number, string, string][]]>([
    ["Ich bin Mitglied der SPD.", [[21, 24, 'SPECIAL', 'politics']]],
    ["ich bin katholisch und zahle kirchensteuer", [[8, 18, 'SPECIAL', 'religion'], [29, 42, 'SPECIAL', 'religion']]],
    ["Ich bin Muslimin.", [[8, 16, 'SPECIAL', 'religion']]],
    ["Weil ich Kurdin bin, bekomme ich keine Wohnung.", [[9, 15, 'SPECIAL', 'ethnicity']]],
    ["Sie ist kurdischer Abstammung.", [[8, 29, 'SPECIAL', 'ethnicity']]],
    ["Er ist türkischstämmig.", [[7, 22, 'SPECIAL', 'ethnicity']]],
    ["Meine Familie sind Sinti und Roma.", [[19, 33, 'SPECIAL', 'ethnicity']]],
    ["ich wähle die grünen", [[14, 20, 'SPECIAL', 'politics']]],
    ["Ich bin bei ver.di und in der IG Metall.", [[12, 18, 'SPECIAL', 'union'], [30, 39, 'SPECIAL', 'union']]],
    ["ich bin gewerkschaftsmitglied", [[8, 29, 'SPECIAL', 'union']]],
    ["Mein Bruder ist schwul.", [[16, 22, 'SPECIAL', 'sexuality']]],
    ["ich bin transgender", [[8, 19, 'SPECIAL', 'sexuality']]],
    ["Der Gentest hat eine BRCA1-Mutation gezeigt.", [[4, 11, 'SPECIAL', 'genetic'], [21, 35, 'SPECIAL', 'genetic']]],
    ["Ich möchte nicht, dass Sie meine Gesichtsdaten speichern.", [[33, 46, 'SPECIAL', 'biometric']]],
    ["Er ist vorbestraft und saß zwei Jahre im Gefängnis.", [[7, 18, 'SPECIAL', 'criminal'], [41, 50, 'SPECIAL', 'criminal']]],
    ["Ich habe eine Vorstrafe wegen Diebstahls.", [[14, 40, 'SPECIAL', 'criminal']]],
    ["er ist auf bewährung draußen", [[7, 20, 'SPECIAL', 'criminal']]],
    ["ich bin konfessionslos", [[8, 22, 'SPECIAL', 'religion']]],
    ["ich bin mitglied in der s p d", [[24, 29, 'SPECIAL', 'politics']]],
    ["Ich bin Zeugin Jehovas.", [[8, 22, 'SPECIAL', 'religion']]],
    ['ich bin mitglied in der gdp', [[24, 27, 'SPECIAL', 'union']]],
    ['Seit ich mich als lesbisch geoutet habe, ist es schwierig.', [[18, 26, 'SPECIAL', 'sexuality'], [27, 34, 'SPECIAL', 'sexuality']]],
    ['ich gehe jeden freitag in die moschee', [[30, 37, 'SPECIAL', 'religion']]],
    ['Er wurde wegen Betrugs verurteilt.', [[9, 33, 'SPECIAL', 'criminal']]],
    ['ich bin schon lange in der gew', [[27, 30, 'SPECIAL', 'union']]],
    ['Wir gewinnen das Spiel.', []],
    ['Wir sind polnischer Herkunft.', [[9, 28, 'SPECIAL', 'ethnicity']]],
  ])('%s', async (text, expected) => {
    expect(quads(await special(text))).toEqual(expected);
  });
});

describe('SPECIAL: hard negatives', () => {
  it.each<[string, string]>([
    ['Die Partei hat angerufen.', '"Die Partei" needs a membership or vote word'],
    ['Morgen ist ein Feiertag.', 'holidays are not religion'],
    ['Ich gehe an der Kirche vorbei.', 'a church as a building'],
    ['Ich bin dafür, die Farbe grün gefällt mir.', 'opinion on a colour'],
    ['Die linke Hand tut weh, ich muss links abbiegen.', 'left, not Die Linke'],
    ['Union Investment und die Stadtwerke haben geschrieben.', 'companies'],
    ['Die Europäische Union hat das beschlossen.', 'the EU, not CDU/CSU'],
    ['Herr Christ ruft an.', 'a surname after a title'],
    ['Ich bin Türkin und wohne in Köln.', 'nationality alone is not labelled'],
    ['Die Regierung verurteilt den Angriff.', 'condemning, not a conviction'],
    ['Ich möchte die Anmeldung per Fingerabdruck deaktivieren.', 'a login method, not biometric data'],
    ['Ich bin Bier holen.', '"bi" is not matched'],
    ['Der Roman war spannend, ich war in Rom.', '"Roma" takes no endings'],
    ['Die katholische Kirche ist schön.', 'an institution, no personal statement'],
    ['Sie haften aus dem Vertrag.', '"Haft" alone is no term'],
  ])('%s (%s)', async (text) => {
    expect(await special(text)).toEqual([]);
  });
});

describe('SPECIAL: context', () => {
  it('takes the membership question from the agent turn', async () => {
    const spans = await special({ speaker: 'agent', text: 'Sind Sie Mitglied einer Partei?' }, 'Ja, bei den Grünen.');
    expect(spans.map((s) => [s.turn, s.start, s.end, s.subtype])).toEqual([[1, 12, 18, 'politics']]);
  });

  it('emits SPECIAL from rules:special, unvalidated', async () => {
    const [span] = await special('ich bin evangelisch');
    expect(span).toMatchObject({ label: 'SPECIAL', subtype: 'religion', source: 'rules:special', validated: false });
  });
});

describe('SPECIAL: membership through the greeting', () => {
  const agent = (text: string): TestTurn => ({ speaker: 'agent', text });
  it.each<[string, TestTurn[], [number, number, number, string][]]>([
    ['a union greets, the caller is a member', [agent('IG Metall Geschäftsstelle Wolfsburg, guten Tag.'), 'Ich bin seit zwölf Jahren Mitglied bei Ihnen.'], [[1, 8, 44, 'union']]],
    ['a party office greets (ASR)', [agent('kreisgeschäftsstelle der grünen guten tag'), 'ich bin seit neunzehnhundertneunzig mitglied'], [[1, 8, 44, 'politics']]],
    ['the agent states the union', [agent('Hallo.'), 'Sie sind doch bei Verdi?'], [[1, 18, 23, 'union']]],
  ])('%s', async (_name, turns, expected) => {
    const spans = await special(...turns);
    expect(spans.map((s) => [s.turn, s.start, s.end, s.subtype])).toEqual(expected);
  });

  it.each<[string, TestTurn[]]>([
    ['the business name in the greeting is not the caller\'s data', [agent('Humangenetische Beratung, Universitätsklinikum, Petra Engel.'), 'Ich habe einen Termin.']],
    ['membership of a sports club', [agent('Sportverein Blau-Weiß guten Tag'), 'ich bin seit zwei jahren mitglied']],
    ['"Verdi" the composer', ['Ich höre gern eine Oper von Verdi.']],
  ])('none: %s', async (_name, turns) => {
    expect(await special(...turns)).toEqual([]);
  });
});

describe('SPECIAL: linear time', () => {
  it.each<[string, string]>([
    ['one long word', 'a'.repeat(1_000_000)],
    ['a hyphen chain', 'a-'.repeat(500_000)],
    ['party names without spaces', 'spd'.repeat(300_000)],
    ['repeated gated terms', 'die partei '.repeat(90_000)],
    ['repeated suffix words', 'x-mutation-'.repeat(90_000)],
    ['membership phrases after a union greeting', 'seit eins zwei drei mitglied '.repeat(40_000)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await special({ speaker: 'agent', text: 'IG Metall, guten Tag.' }, text);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
