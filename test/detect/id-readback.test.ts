import { describe, expect, it } from 'vitest';
import { createIdDetectors } from '../../src/detect/id.js';
import { oneDigitOff } from '../../src/detect/id-readback.js';
import type { Detector } from '../../src/types.js';
import { detectIn, type TestTurn } from '../helpers.js';

const detectors = createIdDetectors();
const agent = (text: string): TestTurn => ({ speaker: 'agent', text });

/** `[turn, start, end]` of every ID span all ID detectors find, sorted, duplicates removed. */
async function located(...turns: TestTurn[]): Promise<[number, number, number][]> {
  const keys = new Set<string>();
  for (const d of detectors) for (const s of await detectIn(d as Detector, ...turns)) if (s.label === 'ID') keys.add(`${s.turn},${s.start},${s.end}`);
  return [...keys].map((k) => k.split(',').map(Number) as [number, number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('ID read-backs: the first part of a value repeated while writing it down', () => {
  it.each<[string, TestTurn[], [number, number, number]]>([
    ['written', [agent('Ihre Vorgangsnummer ist V 2025 448 190.'), 'Moment. V 2025 ...', agent('448 190.')], [1, 8, 14]],
    [
      'spoken, lowercase',
      [agent('die schadennummer lautet k f vier vier sieben eins zwei zwei null'), 'k f vier vier sieben ähm', agent('eins zwei zwei null')],
      [1, 0, 20],
    ],
  ])('%s', async (_name, turns, expected) => {
    expect(await located(...turns)).toContainEqual(expected);
  });

  it('does not take a year that starts the value as its repetition', async () => {
    const spans = await located(agent('Ihre Kundennummer ist 2025 4481 90.'), '2025 war ein gutes Jahr für uns.');
    expect(spans.filter(([t]) => t === 1)).toEqual([]);
  });
});

describe('ID read-backs: a short value with one digit misheard, read back for confirmation', () => {
  it.each<[string, TestTurn[], [number, number, number]]>([
    ['written plate', [agent('Ihr Kennzeichen bitte.'), 'Das ist B-KL 48.', agent('B K L 43, stimmt das?')], [2, 0, 8]],
    ['written plate with four digits', [agent('Ihr Kennzeichen bitte.'), 'M-XY 1234', agent('M X Y 1235 richtig?')], [2, 0, 10]],
    ['spoken plate', [agent('wie ist das kennzeichen'), 'r t k neun', agent('r t k fünf richtig')], [2, 0, 10]],
  ])('%s', async (_name, turns, expected) => {
    expect(await located(...turns)).toContainEqual(expected);
  });

  it('does not take the next numbers of the call as read-backs', async () => {
    const spans = await located(agent('Ihr Kennzeichen bitte.'), 'Das ist B-KL 48.', agent('Alles klar, und wie alt ist das Auto?'), 'Das ist von 2019, also 6 Jahre.');
    expect(spans).toEqual([[1, 8, 15]]);
  });

  it.each([
    ['PFW9', 'PFW5', true],
    ['4711', '4712', true],
    ['PFW9', 'PFX9', false],
    ['PFW9', 'PFW9', false],
    ['PFW9', 'PFW95', false],
    ['AB1', 'AB2', false],
  ] as const)('oneDigitOff(%s, %s) is %s', (a, b, expected) => {
    expect(oneDigitOff(a, b)).toBe(expected);
  });
});

describe('ID runs: a hesitation between the letters and the digits of a value', () => {
  it('keeps the letters ("k d äh vier sieben ...")', async () => {
    expect(await located(agent('die kundennummer bitte'), 'k d äh vier sieben eins eins null acht')).toEqual([[1, 0, 38]]);
  });

  it('does not take a year after "seit" as the number a context word announced', async () => {
    expect(await located('meine versichertenkarte ist weg ich bin seit 1998 bei ihnen')).toEqual([]);
  });
});
