import { describe, expect, it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn, triples } from '../helpers.js';

const [person] = createPersonDetectors();

/** One PERSON span of a single-turn call: [start, end) and the text it must cover. */
type Expected = [number, number, string];

// Written form: salutations and titles are never part of the span (SPEC §1).
const written: [string, Expected[]][] = [
  ['Guten Tag, Herr Müller.', [[16, 22, 'Müller']]],
  ['Ist Frau Dr. Schmidt-Weber heute in der Praxis?', [[13, 26, 'Schmidt-Weber']]],
  ['Ich habe mit Herrn Yılmaz gesprochen.', [[19, 25, 'Yılmaz']]],
  ['Das ist für Frau Anna Weber.', [[17, 27, 'Anna Weber']]],
  ['Überweisung von Dr. med. Jürgen Krause', [[25, 38, 'Jürgen Krause']]],
  ['Prof. Kowalski hat das geprüft.', [[6, 14, 'Kowalski']]],
  ['Hallo, hier ist Jana Krüger.', [[16, 27, 'Jana Krüger']]],
  ['Mein Name ist Zygmunt Kwiatkowski.', [[14, 33, 'Zygmunt Kwiatkowski']]],
  ['Ich heiße Lea Sommer und rufe wegen meiner Mutter an.', [[10, 20, 'Lea Sommer']]],
  ['Hier spricht Koch.', [[13, 17, 'Koch']]],
  ['Praxis Dr. Weber, Sie sprechen mit Lisa Hoffmann, was kann ich für Sie tun?', [[11, 16, 'Weber'], [35, 48, 'Lisa Hoffmann']]],
  ['Also Herr Koch, ich habe alles notiert.', [[10, 14, 'Koch']]],
  ['Spreche ich mit Frau Sommer?', [[21, 27, 'Sommer']]],
  ['Ist Herr Wolf da?', [[9, 13, 'Wolf']]],
  ['Weber am Apparat.', [[0, 5, 'Weber']]],
  ['Ja, das ist für meine Frau Erika.', [[27, 32, 'Erika']]],
  ['Mein Sohn Luca hat Fieber.', [[10, 14, 'Luca']]],
  ['Der Termin läuft auf den Namen Brandt.', [[31, 37, 'Brandt']]],
  ['Autohaus Müller, grüß Gott.', [[9, 15, 'Müller']]],
  ['Praxis Dr. Anna Weber, guten Tag.', [[11, 21, 'Anna Weber']]],
  ['Frau von der Leyen hat angerufen.', [[5, 18, 'von der Leyen']]],
  ['Dann kam Frank dazu.', [[9, 14, 'Frank']]],
  ['Anna Klein hat angerufen.', [[0, 10, 'Anna Klein']]],
  ['Das muss Dr. Hammer entscheiden.', [[13, 19, 'Hammer']]],
  ['Meine Kollegin, Wilma Gut, meldet sich bei Ihnen.', [[16, 25, 'Wilma Gut']]],
  ['Ich habe Rot verstanden.', [[9, 12, 'Rot']]],
  ['Sie spielen Michael Jackson Songs im Radio.', [[12, 27, 'Michael Jackson']]],
  ['Steuerkanzlei Cammisa, guten Tag.', [[14, 21, 'Cammisa']]],
];

// Speech-to-text form: lowercase, no punctuation; context and gazetteers carry the decision.
const spoken: [string, Expected[]][] = [
  ['ja hallo hier ist anna weber ich wollte einen termin', [[18, 28, 'anna weber']]],
  ['guten tag frau koch was kann ich für sie tun', [[15, 19, 'koch']]],
  ['mein name ist zygmunt kwiatkowski', [[14, 33, 'zygmunt kwiatkowski']]],
  ['ich heiße lea sommer', [[10, 20, 'lea sommer']]],
  ['ist herr wolf da', [[9, 13, 'wolf']]],
  ['ja schmidt am apparat', [[3, 10, 'schmidt']]],
  ['mein sohn luca hat fieber', [[10, 14, 'luca']]],
  ['das muss doktor hammer entscheiden', [[16, 22, 'hammer']]],
  ['meine kollegin anastasia iliopoulos meldet sich bei ihnen', [[15, 35, 'anastasia iliopoulos']]],
  ['guten morgen ich bin bagdagül sepetci', [[21, 37, 'bagdagül sepetci']]],
  ['hallo evangelia zervos hier ich brauche einen termin', [[6, 22, 'evangelia zervos']]],
  ['herr fröhlich der arzt hat zeit', [[5, 13, 'fröhlich']]],
  ['frau vom kowalick bitte', [[5, 17, 'vom kowalick']]],
  ['frau kramer erwies sich als nett', [[5, 11, 'kramer']]],
  ['guten tag ich bin rudi klug ich nehme cortison', [[18, 27, 'rudi klug']]],
];

// Hard negatives, each with the reason it is no name.
const negatives: [string, string][] = [
  ['Der Koch hat gesagt, das Essen ist fertig.', 'noun after an article'],
  ['Da war ein Wolf im Wald.', 'noun after an article'],
  ['Im Sommer sind wir verreist.', 'season after a preposition'],
  ['Sie hat braune Haare.', 'adjective'],
  ['Frank und frei gesagt, das geht nicht.', 'ambiguous first name at a sentence start, idiom'],
  ['Herr der Ringe läuft heute.', 'an article cannot open a name'],
  ['Frau Doktor, ich habe eine Frage.', 'salutation and title without a name'],
  ['Herr Doktor, es tut weh.', 'salutation and title without a name'],
  ['Der Termin ist am 3. Mai.', 'month'],
  ['Die Frau hat angerufen.', 'Frau as a noun'],
  ['Herr Ober, die Rechnung bitte.', 'role noun after a salutation'],
  ['Frau Nachbarin, guten Morgen.', 'role noun after a salutation'],
  ['Wie lautet Ihre IBAN?', 'banking term that is also a name elsewhere'],
  ['Das ist in St. Martin passiert.', 'place after "St."'],
  ['Ich war beim Doktor.', 'title as a noun'],
  ['Ihr Name, bitte?', 'name question without a name'],
  ['Stadtwerke Bonn, guten Tag, was kann ich für Sie tun?', 'city in a company name'],
  ['Sozialstation München, grüß Gott.', 'city in a company name'],
  ['der koch hat gesagt', 'lowercase noun after an article'],
  ['ein wolf im wald', 'lowercase noun after an article'],
  ['im sommer waren wir weg', 'lowercase season'],
  ['meine frau hat angerufen', 'Frau as a noun'],
  ['der herr doktor kommt gleich', 'verb after salutation and title'],
  ['hier ist alles in ordnung', 'pronoun after "hier ist"'],
  ['ich bin krank', 'adjective after "ich bin"'],
  ['ich bin umgezogen', 'participle after "ich bin"'],
  ['ich bin siebenundsechzig jahre alt', 'number word after "ich bin"'],
  ['das heißt wir müssen warten', '"das heißt" is no name phrase'],
  ['Allerdings gibt es die Karl-May-Festspiele.', 'compound noun whose head is a noun'],
  ['Herr Kapitän, der Kompass ist kaputt.', 'role noun after a salutation'],
  ['Der Verlust lag bei 7 Mio. Euro.', 'unit after a number'],
  ['Ich bin Bäcker von Beruf.', 'occupation after "ich bin"'],
  ['Telenova, guten Tag, was kann ich für Sie tun?', 'company name opening the call'],
];

describe('rules:person', () => {
  it.each(written)('written: %s', async (text, expected) => {
    const spans = await detectIn(person, text);
    expect(triples(spans)).toEqual(expected.map(([s, e]) => [s, e, 'PERSON']));
    for (const [s, e, value] of expected) expect(text.slice(s, e)).toBe(value);
  });

  it.each(spoken)('spoken: %s', async (text, expected) => {
    const spans = await detectIn(person, text);
    expect(triples(spans)).toEqual(expected.map(([s, e]) => [s, e, 'PERSON']));
    for (const [s, e, value] of expected) expect(text.slice(s, e)).toBe(value);
  });

  it.each(negatives)('no name: %s (%s)', async (text) => {
    expect(await detectIn(person, text)).toEqual([]);
  });

  it('reports its id and label, and scores in 0..1', async () => {
    expect(person.id).toBe('rules:person');
    expect(person.labels).toEqual(['PERSON']);
    const [span] = await detectIn(person, 'Guten Tag, Herr Müller.');
    expect(span).toMatchObject({ turn: 0, label: 'PERSON', source: 'rules:person', validated: false });
    expect(span.score).toBeGreaterThan(0.5);
    expect(span.score).toBeLessThanOrEqual(1);
  });
});

describe('rules:person across turns', () => {
  it('reads the answer to a name question as a name', async () => {
    const spans = await detectIn(person, { speaker: 'agent', text: 'Mit wem spreche ich?' }, 'Koch, Anna Koch.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [1, 0, 4],
      [1, 6, 15],
    ]);
  });

  it('reads a surname-first read-back as one name', async () => {
    const spans = await detectIn(person, { speaker: 'agent', text: 'Können Sie mir Ihren vollen Namen sagen?' }, 'Schmied, Emilian, ja.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 16]]);
  });

  it('propagates a name to every later mention, lowercase and possessive too', async () => {
    const turns = ['Frau Anna Weber', 'Ja, Frau Weber, das ist notiert.', 'und weber hat gesagt', 'Webers Auto'];
    const spans = await detectIn(person, ...turns);
    expect(spans.map((s) => [s.turn, turns[s.turn].slice(s.start, s.end)])).toEqual([
      [0, 'Anna Weber'],
      [1, 'Weber'],
      [2, 'weber'],
      [3, 'Webers'],
    ]);
  });

  it('propagates an ambiguous surname only where it reads as a name', async () => {
    const turns = ['Guten Tag, Frau Koch.', 'Koch, richtig?', 'Der Koch im Restaurant war gut.'];
    const spans = await detectIn(person, ...turns);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [0, 16, 20],
      [1, 0, 4],
    ]);
  });

  it('does not propagate an adjective surname at a sentence start', async () => {
    const turns = ['Meine Kollegin, Wilma Gut, meldet sich bei Ihnen.', 'Gut, dann haben wir alles.'];
    const spans = await detectIn(person, ...turns);
    expect(spans.map((s) => s.turn)).toEqual([0]);
  });

  it('finds agent and caller names in one call', async () => {
    const turns = [
      { speaker: 'agent', text: 'Praxis Dr. Weber, Sie sprechen mit Lisa Hoffmann.' },
      { speaker: 'caller', text: 'Hallo, hier ist Jana Krüger, ich rufe für meinen Sohn Paul an.' },
    ];
    const spans = await detectIn(person, ...turns);
    expect(spans.map((s) => turns[s.turn].text.slice(s.start, s.end))).toEqual(['Weber', 'Lisa Hoffmann', 'Jana Krüger', 'Paul']);
  });
});

describe('rules:person on adversarial input', () => {
  it('handles 1 MB without spaces in linear time', async () => {
    const text = 'a'.repeat(1 << 20);
    const t0 = performance.now();
    expect(await detectIn(person, text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('handles 100k repeated salutations in linear time', async () => {
    const text = 'Herr '.repeat(100_000);
    const t0 = performance.now();
    expect(await detectIn(person, text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('handles 100k repeated names without quadratic propagation', async () => {
    const text = 'Frau Weber '.repeat(100_000);
    const t0 = performance.now();
    const spans = await detectIn(person, text);
    expect(spans).toHaveLength(100_000);
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('handles empty calls and empty turns', async () => {
    expect(await detectIn(person)).toEqual([]);
    expect(await detectIn(person, '', ' ', '...')).toEqual([]);
  });
});
