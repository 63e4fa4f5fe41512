import { describe, expect, it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn } from '../helpers.js';

const [person] = createPersonDetectors();

/** Single-turn input and the spans' text, in order. */
const spelled: [string, string[]][] = [
  ['M wie Martha, E, I, E, R', ['M wie Martha, E, I, E, R']],
  ['Mein Name ist Meier, M wie Martha, E wie Emil, I wie Ida, E wie Emil, R wie Richard.', ['Meier', 'M wie Martha, E wie Emil, I wie Ida, E wie Emil, R wie Richard']],
  ['M-E-I-E-R', ['M-E-I-E-R']],
  ['S C H M I D T', ['S C H M I D T']],
  ['das schreibt sich s c h m i d t', ['s c h m i d t']],
  ['meier mit e i', ['meier mit e i']],
  ['Müller mit ü', ['Müller mit ü']],
  ['Meyer mit Ypsilon.', ['Meyer mit Ypsilon']],
  ['W wie Walter, A wie Anna, zweimal N, E wie Erika, R', ['W wie Walter, A wie Anna, zweimal N, E wie Erika, R']],
  ['K wie Kaufmann O C H', ['K wie Kaufmann O C H']],
];

const notSpelled: [string, string][] = [
  ['D E 8 9 3 7 0 4', 'letters before digits: an IBAN'],
  ['Das Kennzeichen ist B A 1 2 3', 'letters before digits: a licence plate'],
  ['Vitamin E wie empfohlen', 'one letter with "wie" is no spelling'],
  ['E wie Emil', 'one spelled letter: the code word is no name'],
  ['Kaffee mit Milch', '"mit" before a word'],
  ['Das merkt man sich, weil beides mit O beginnt.', 'a letter inside a sentence is no spelling'],
];

describe('rules:person spelled names', () => {
  it.each(spelled)('%s', async (text, expected) => {
    const spans = await detectIn(person, text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    for (const s of spans) expect(s.label).toBe('PERSON');
  });

  it.each(notSpelled)('no name: %s (%s)', async (text) => {
    expect(await detectIn(person, text)).toEqual([]);
  });

  it('finds the spelled name wherever it is said in the call', async () => {
    const turns = ['Wie schreibt man das?', 'K, O, C, H.', 'Danke, Koch, das habe ich.'];
    const spans = await detectIn(person, ...turns);
    expect(spans.map((s) => [s.turn, turns[s.turn].slice(s.start, s.end)])).toEqual([
      [1, 'K, O, C, H'],
      [2, 'Koch'],
    ]);
  });
});
