import { describe, expect, it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn, triples } from '../helpers.js';

// Names in apposition after a role or kin noun (src/detect/person-roles.ts,
// rules/person/context.yaml roleHeads), written and speech-to-text form.

const [person] = createPersonDetectors();

/** One PERSON span of a single-turn call: [start, end) and the text it must cover. */
type Expected = [number, number, string];

const positives: [string, Expected[]][] = [
  ['Der frühere Ministerpräsident Brandhuber trat zurück.', [[30, 40, 'Brandhuber']]],
  ['Am Abend sprach der CSU-Politiker Hallerbach im Landtag.', [[34, 44, 'Hallerbach']]],
  ['Unser Hausmeister Krause kommt morgen.', [[18, 24, 'Krause']]],
  ['Der Techniker Krause kommt am Montag.', [[14, 20, 'Krause']]],
  ['der hausmeister krause kommt morgen', [[16, 22, 'krause']]],
  ['mein bruder gernot holt das auto ab', [[12, 18, 'gernot']]],
  // Not the role noun itself, and not the noun after a particle ("zu Besuch").
  ['Gestern kam sein älterer Bruder Manfred zu Besuch.', [[32, 39, 'Manfred']]],
  ['Das meinte Kölns Trainer Uwe Kramer nach dem Spiel.', [[25, 35, 'Uwe Kramer']]],
];

const negatives: [string, string][] = [
  ['Der Trainer hat das Spiel analysiert.', 'a role noun before a verb'],
  ['Der Präsident der Firma hat zugestimmt.', 'a role noun before an article'],
  ['der techniker kommt am montag', 'a role noun before a verb, lowercase'],
  ['Die Mutter Natur ist stärker.', 'a role noun before an ordinary noun'],
];

describe('PERSON after role nouns', () => {
  it.each(positives)('%s', async (text, expected) => {
    const spans = await detectIn(person, text);
    expect(triples(spans)).toEqual(expected.map(([s, e]) => [s, e, 'PERSON']));
    for (const [s, e, covered] of expected) expect(text.slice(s, e)).toBe(covered);
  });

  it.each(negatives)('%s (%s)', async (text) => {
    expect(await detectIn(person, text)).toEqual([]);
  });
});
