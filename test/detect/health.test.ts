import { describe, expect, it } from 'vitest';
import { createHealthDetectors } from '../../src/detect/health.js';
import type { Span } from '../../src/types.js';
import { detectIn, type TestTurn } from '../helpers.js';

const detectors = createHealthDetectors();

/** Runs both HEALTH detectors (lexicon/morphology/context and ICD codes); spans sorted. */
async function health(...turns: TestTurn[]): Promise<Span[]> {
  const all: Span[] = [];
  for (const d of detectors) all.push(...(await detectIn(d, ...turns)));
  return all.sort((a, b) => a.turn - b.turn || a.start - b.start);
}

const triples = (spans: Span[]): [number, number, string][] => spans.map((s) => [s.start, s.end, s.label]);

describe('HEALTH: written positives with modifiers, doses, locations', () => {
  it.each<[string, [number, number, string][]]>([
    ["Ich habe starke Rückenschmerzen.", [[9, 31, 'HEALTH']]],
    ["Wegen des Bandscheibenvorfalls war ich in der Reha.", [[10, 30, 'HEALTH'], [46, 50, 'HEALTH']]],
    ["Die Kopfschmerztabletten helfen nicht.", [[4, 24, 'HEALTH']]],
    ["Nach der Knieoperation hatte ich eine Kniegelenksentzündung.", [[9, 22, 'HEALTH'], [38, 59, 'HEALTH']]],
    ["Mein Mann hat Diabetes mellitus Typ 2 und spritzt Insulin.", [[14, 37, 'HEALTH'], [50, 57, 'HEALTH']]],
    ["Ich nehme Ibuprofen 600 und Metoprolol.", [[10, 23, 'HEALTH'], [28, 38, 'HEALTH']]],
    ["Ich bin in der zwölften Woche schwanger.", [[8, 39, 'HEALTH']]],
    ["Er hat einen Grad der Behinderung von 50.", [[13, 40, 'HEALTH']]],
    ["Seit der Chemotherapie bin ich krankgeschrieben.", [[9, 22, 'HEALTH'], [31, 47, 'HEALTH']]],
    ["Meine Mutter liegt seit Montag im Krankenhaus.", [[34, 45, 'HEALTH']]],
    ["Ich habe Arthrose im Knie.", [[9, 25, 'HEALTH']]],
    ["Der Arzt hat mir Xylotrex verschrieben.", [[17, 25, 'HEALTH']]],
    ["Ich leide an Morbus Fabry.", [[13, 25, 'HEALTH']]],
    ["Sie hat eine Blasenentzündung und Fieber.", [[13, 29, 'HEALTH'], [34, 40, 'HEALTH']]],
    ["Nach dem Beinbruch brauche ich Krücken.", [[9, 18, 'HEALTH'], [31, 38, 'HEALTH']]],
    ["Mein Sohn hat ADHS und Asthma.", [[14, 18, 'HEALTH'], [23, 29, 'HEALTH']]],
    ["Ich habe mir das Bein gebrochen.", [[17, 31, 'HEALTH']]],
    ["Sie ist an Brustkrebs erkrankt.", [[11, 21, 'HEALTH'], [22, 30, 'HEALTH']]],
    ["Ich bin Diabetikerin.", [[8, 20, 'HEALTH']]],
    ["Meine Schwester hat MS.", [[20, 22, 'HEALTH']]],
    ["Er war drei Wochen auf der Intensivstation.", [[27, 42, 'HEALTH']]],
    ["Die Überweisung zum Kardiologen habe ich.", [[20, 31, 'HEALTH']]],
    ["Auf der Überweisung steht Diagnose F32.1 G.", [[35, 42, 'HEALTH']]],
    ["Ich habe eine Penicillinallergie.", [[14, 32, 'HEALTH']]],
    ["Er hat einen Herzschrittmacher und eine neue Hüftprothese.", [[13, 30, 'HEALTH'], [45, 57, 'HEALTH']]],
  ])('%s', async (text, expected) => {
    expect(triples(await health(text))).toEqual(expected);
  });
});

describe('HEALTH: lowercase speech-to-text positives', () => {
  it.each<[string, [number, number, string][]]>([
    ["ich habe seit wochen starke rückenschmerzen", [[21, 43, 'HEALTH']]],
    ["seit der knie op nehme ich schmerztabletten", [[9, 16, 'HEALTH'], [27, 43, 'HEALTH']]],
    ["meine frau ist im sechsten monat schwanger", [[15, 42, 'HEALTH']]],
    ["ich nehme seit zwei jahren täglich xylotrex ein", [[35, 43, 'HEALTH']]],
    ["ich bin zuckerkrank und habe hohen blutdruck", [[8, 19, 'HEALTH'], [29, 44, 'HEALTH']]],
    ["mein vater hatte einen schlaganfall und ist halbseitig gelähmt", [[23, 35, 'HEALTH'], [44, 62, 'HEALTH']]],
    ["ich hab probleme mit der bandscheibe", [[25, 36, 'HEALTH']]],
    ["ich hatte eine magen darm grippe", [[15, 32, 'HEALTH']]],
    ["sie hat einen kreuzbandriss im linken knie", [[14, 42, 'HEALTH']]],
    ["der arzt hat mir ibuprofen sechshundert verschrieben", [[17, 39, 'HEALTH']]],
    ["ich bin seit zwei wochen krankgeschrieben wegen einer lungenentzündung", [[25, 41, 'HEALTH'], [54, 70, 'HEALTH']]],
    ["wir haben einen termin zur darmspiegelung", [[27, 41, 'HEALTH']]],
  ])('%s', async (text, expected) => {
    expect(triples(await health(text))).toEqual(expected);
  });
});

describe('HEALTH: inflection, compounds and derived words', () => {
  it.each<[string, [number, number, string][]]>([
    ["Schilddrüsenunterfunktion", [[0, 25, 'HEALTH']]],
    ["Herzrhythmusstörungen", [[0, 21, 'HEALTH']]],
    ["Lungenentzündungen", [[0, 18, 'HEALTH']]],
    ["Nierensteine", [[0, 12, 'HEALTH']]],
    ["Oberschenkelhalsbruch", [[0, 21, 'HEALTH']]],
    ["Hüft-OP", [[0, 7, 'HEALTH']]],
    ["Magen-Darm-Grippe", [[0, 17, 'HEALTH']]],
    ["Augentropfen", [[0, 12, 'HEALTH']]],
    ["Insulinpumpe", [[0, 12, 'HEALTH']]],
    ["Cortisonsalbe", [[0, 13, 'HEALTH']]],
    ["Zofenopril", [[0, 10, 'HEALTH']]],
    ["Nokardiose", [[0, 10, 'HEALTH']]],
    ["Tracheitis", [[0, 10, 'HEALTH']]],
    ["Appendektomie", [[0, 13, 'HEALTH']]],
    ["Handgelenksbruchs", [[0, 17, 'HEALTH']]],
    ["Schulterschmerzen", [[0, 17, 'HEALTH']]],
    ["Migräneanfall", [[0, 13, 'HEALTH']]],
    ["Alkoholabhängigkeit", [[0, 19, 'HEALTH']]],
    ["Schlafstörungen", [[0, 15, 'HEALTH']]],
    ["Anti-Baby-Pille", [[10, 15, 'HEALTH']]],
  ])('%s', async (text, expected) => {
    expect(triples(await health(text))).toEqual(expected);
  });

  it('finds the same spans in the written and the lowercased form', async () => {
    const text = 'Nach der Hüft-OP habe ich Wadenkrämpfe und nehme Pantoprazol 40 mg.';
    expect(triples(await health(text.toLowerCase()))).toEqual(triples(await health(text)));
    expect(triples(await health(text))).toEqual([[9, 16, 'HEALTH'], [26, 38, 'HEALTH'], [49, 66, 'HEALTH']]);
  });
});

describe('HEALTH: symptoms as verbs, spoken doses, findings, split compounds (written and ASR)', () => {
  it.each<[string, [number, number, string][]]>([
    ['Ich kann seit Wochen kaum noch schlafen.', [[21, 39, 'HEALTH']]],
    ['ich kann seit wochen kaum noch schlafen', [[21, 39, 'HEALTH']]],
    ['Mein Vater hört kaum noch etwas.', [[11, 25, 'HEALTH']]],
    ['mein sohn stottert seit er klein ist', [[10, 18, 'HEALTH']]],
    ['Mir ist ständig schwindelig.', [[0, 27, 'HEALTH']]],
    ['mir ist schwindelig und übel', [[0, 19, 'HEALTH']]],
    ['Ich kriege keine Luft, wenn ich Treppen steige.', [[4, 21, 'HEALTH']]],
    ['ich krieg keine luft beim treppensteigen', [[4, 20, 'HEALTH']]],
    ['Das Kind hat 39,5 Fieber.', [[13, 24, 'HEALTH']]],
    ['das kind hat vierzig grad fieber', [[13, 32, 'HEALTH']]],
    ['ich nehme metformin tausend morgens', [[10, 27, 'HEALTH']]],
    ['das l-thyroxin fünfundsiebzig ist alle', [[4, 29, 'HEALTH']]],
    ['Muss ich dann Insulin spritzen?', [[14, 30, 'HEALTH']]],
    ['Der Cholesterinwert ist zu hoch.', [[4, 31, 'HEALTH']]],
    ['die leberwerte sind leicht erhöht', [[4, 33, 'HEALTH']]],
    ['der blutdruck ist zu hoch', [[4, 25, 'HEALTH']]],
    ['die prostata untersuchung ist nächste woche', [[4, 25, 'HEALTH']]],
    ['ich brauche eine neue hüft tep', [[22, 30, 'HEALTH']]],
    ['der hiv test war negativ', [[4, 12, 'HEALTH']]],
    ['er hat ein impingement syndrom', [[11, 30, 'HEALTH']]],
    ['der psa wert ist gestiegen', [[4, 12, 'HEALTH']]],
    ['er war in der geschlossenen psychiatrie', [[14, 39, 'HEALTH']]],
    ['ich habe extreme angst vor dem zahnarzt', [[9, 39, 'HEALTH']]],
    ['er hat seine tabletten nicht genommen das lithium', [[13, 22, 'HEALTH'], [42, 49, 'HEALTH']]],
    ['Bringen Sie bitte den Notfall-Pen mit.', [[22, 33, 'HEALTH']]],
    ['er braucht strom für sein sauerstoffgerät', [[26, 41, 'HEALTH']]],
    ['die kieferorthopädische behandlung ist genehmigt', [[4, 34, 'HEALTH']]],
    ['Ich will eigentlich eine Therapie machen.', [[20, 40, 'HEALTH']]],
    ['er trinkt zu viel und war schon im entzug', [[3, 17, 'HEALTH'], [32, 41, 'HEALTH']]],
  ])('%s', async (text, expected) => {
    expect(triples(await health(text))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Ich kann heute nicht zum Termin kommen.', 'a negated verb without a symptom'],
    ['Lithium-Ionen-Akkus sind leicht und Lithium ist ein Metall.', '"Lithium" is a drug only near intake words'],
    ['die rechnung kommt zum ersten april', 'a split compound needs a body part or term as first word'],
    ['Das Gehalt ist zu hoch und die Miete sechshundert Euro.', 'findings and spoken doses only after a health word'],
    ['der kundenwert ist zu hoch', '"-wert" needs a medical stem'],
    ['ich habe angst vor der prüfung', 'everyday fear is not listed'],
    ['er hört gern musik und sieht fern', 'hearing/seeing verbs need a degree word'],
    ['das paket kommt in der sechsten woche', 'a week without pregnancy'],
    ['ein test der hotline', '"test" joins only a health word before it'],
    ['das knie testament', 'a split head must be a whole word'],
  ])('no HEALTH in: %s (%s)', async (text) => {
    expect(await health(text)).toEqual([]);
  });
});

describe('HEALTH: pregnancy week and greetings across turns', () => {
  it('takes the week once the call is about a pregnancy', async () => {
    const spans = await health({ speaker: 'agent', text: 'Sie sind schwanger? In welcher Woche?' }, '26. Woche.');
    expect(spans.filter((s) => s.turn === 1).map((s) => [s.start, s.end])).toEqual([[0, 9]]);
    expect(await health({ speaker: 'agent', text: 'In welcher Woche kommt das Paket?' }, '26. Woche.')).toEqual([]);
  });

  it('ignores a lowercase business name before "hallo" in the greeting', async () => {
    expect(await health({ speaker: 'agent', text: 'physiotherapie bewegt hallo' })).toEqual([]);
  });
});

describe('HEALTH: hard negatives', () => {
  it.each<[string, string]>([
    ['Die Hose, die Rose und die Dose stehen im Regal.', '-ose is not a productive suffix'],
    ['Tom sah das Atom im Dom.', '-om is not a productive suffix'],
    ['Der Vertragsbruch und der Einbruch wurden angezeigt.', '"bruch" needs a body part before it'],
    ['Kein Abbruch, kein Wolkenbruch, kein Rohrbruch.', '"bruch" needs a body part before it'],
    ['Ich habe einen Termin in der Praxis und brauche ein Rezept.', 'routine words of every practice call'],
    ['Herr Krebs ruft wegen der Rechnung an.', 'a surname after a title'],
    ['Praxis Doktor Anna Cors-Krebs, guten Tag.', 'a double surname after a title'],
    ['Das gab den Ausschlag.', 'idiom "den Ausschlag geben"'],
    ['Wir haben eine militärische Operation geplant.', 'non-medical operation'],
    ['Ich arbeite im Krankenhaus.', 'working in a hospital is no stay'],
    ['Die Untersuchung der Polizei läuft.', '"Untersuchung" alone is also an inquiry'],
    ['Der Regentropfen, das Haarspray und die Lebensmittel.', 'weak heads without a medical stem'],
    ['Die Netzstörung und die Führungsschwäche.', 'weak heads without a medical stem'],
    ['Das ist eine Verletzung der Sorgfaltspflicht.', 'a breach, not an injury'],
    ['Ich habe Sehnsucht und Eifersucht.', '"sucht" needs a substance before it'],
    ['Im April habe ich Urlaub.', 'the -pril stem is too short'],
    ['Praxis für Physiotherapie Müller, guten Tag.', 'an institution name'],
    ['Die Behinderungen auf der A7 dauern an.', 'traffic, not disability'],
    ['Arbeitslose und Obdachlose brauchen Hilfe.', '-lose is not -ose'],
    ['Wir gehen in die Oper.', '"OP" takes no inflection endings'],
    ['Geht das ohne die schwarzen Balken?', '"warze" needs a body part before it'],
    ['Der Schlüssel ist verschwunden.', '"wunde" needs a body part before it'],
    ['Meine Bandscheibe ist ein Körperteil.', 'a body part alone is no health data'],
    ['Das Mikroplastik und die Sympathie.', 'listed exceptions of clinical suffixes'],
    ['Das Lampenfieber vor dem Auftritt.', '"fieber" needs a medical stem before it'],
    ['Er hat ein Computervirus.', 'listed exception'],
    ['Ich nehme an der Sitzung teil und nehme den Platz ein.', '"nehme ... ein" around an everyday noun'],
    ['Die Kundennummer ist B52, der Code A12.', 'ICD-like codes without a diagnosis word'],
    ['Wir haben einen Wasserschaden und einen Stromausfall.', 'weak heads without a body part'],
  ])('%s (%s)', async (text) => {
    expect(await health(text)).toEqual([]);
  });

  it('ignores the agent asking in general, not the caller answering', async () => {
    const spans = await health({ speaker: 'agent', text: 'Haben Sie Schmerzen? Welche Medikamente nehmen Sie?' }, 'Ja, ich habe Schmerzen.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 13, 22]]);
  });

  it('ignores a business name in an agent greeting', async () => {
    expect(await health({ speaker: 'agent', text: 'Reha-Zentrum Aachen, grüß Gott.' })).toEqual([]);
    expect(await health({ speaker: 'agent', text: 'Physiotherapie im Hof, grüß Gott, was kann ich für Sie tun?' })).toEqual([]);
  });
});

describe('HEALTH: context across turns', () => {
  it('takes the stay verb from the previous turn', async () => {
    const spans = await health({ speaker: 'agent', text: 'Wo liegt Ihr Vater jetzt?' }, 'im Krankenhaus');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 3, 14]]);
  });

  it('marks every span as unvalidated HEALTH from rules:health', async () => {
    const [span] = await health('Ich habe Migräne.');
    expect(span).toMatchObject({ label: 'HEALTH', source: 'rules:health', validated: false });
    expect(span.score).toBeGreaterThan(0.5);
  });
});
