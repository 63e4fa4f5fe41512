import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { validateWith } from '../../src/rules/load.js';
import { PatternDetector } from '../../src/rules/pattern-detector.js';
import { patternRuleSchema } from '../../src/rules/pattern-schema.js';
import { detectIn, slices } from '../helpers.js';

const validators = { even: (v: string) => Number(v.slice(-1)) % 2 === 0 };

function detector(rule: unknown): PatternDetector {
  return new PatternDetector(validateWith(patternRuleSchema, rule, 'rules/test.yaml'), 'rules/test.yaml', validators);
}

describe('PatternDetector', () => {
  const contextual = detector({
    id: 'kundennummer',
    label: 'ID',
    patterns: [{ name: 'digits', regex: '\\b\\d{6,8}\\b', score: 0.3 }],
    context: { words: ['kundennummer'], before: 30 },
    guards: { words: ['euro'], after: 10, before: 0 },
  });

  it('needs context for a low-score pattern', async () => {
    const text = 'Meine Kundennummer ist 4711234.';
    expect(slices(text, await detectIn(contextual, text))).toEqual(['4711234']);
    expect(await detectIn(contextual, 'Das sind 4711234 Stück.')).toEqual([]);
  });

  it('finds context in the previous turn', async () => {
    const spans = await detectIn(contextual, { speaker: 'agent', text: 'Ihre Kundennummer bitte?' }, '4711234');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 7]]);
  });

  it('drops a match vetoed by a guard word', async () => {
    expect(await detectIn(contextual, 'Kundennummer? Das kostet 4711234 Euro.')).toEqual([]);
  });

  it('scores 1 when the validator accepts and drops when it rejects', async () => {
    const validated = detector({
      id: 'even',
      label: 'ID',
      patterns: [{ name: 'n', regex: '\\d{4}', score: 0.9 }],
      validator: 'even',
    });
    const spans = await detectIn(validated, '1234 1235');
    expect(spans.map((s) => [s.start, s.score, s.validated])).toEqual([[0, 1, true]]);
  });

  it('takes the range of a capture group', async () => {
    const grouped = detector({
      id: 'grouped',
      label: 'ID',
      patterns: [{ name: 'g', regex: 'Nr\\. (\\d+)', group: 1, score: 0.9 }],
    });
    const text = 'Akte Nr. 12345';
    expect(slices(text, await detectIn(grouped, text))).toEqual(['12345']);
  });

  it.each([
    [{ id: 'x', label: 'ID', patterns: [{ name: 'a', regex: 'a', score: 1.5 }] }, 'rules/test.yaml: patterns[0].score: must be 0..1'],
    [{ id: 'x', label: 'NAME', patterns: [{ name: 'a', regex: 'a', score: 1 }] }, 'rules/test.yaml: label:'],
    [{ id: 'x', label: 'ID', patterns: [{ name: 'a', regex: '(', score: 1 }] }, 'rules/test.yaml: patterns[0].regex: invalid regular expression'],
    [{ id: 'x', label: 'ID', patterns: [{ name: 'a', regex: 'a', score: 1 }], validator: 'nope' }, 'rules/test.yaml: validator: unknown validator "nope"'],
  ])('rejects a bad rule with a message naming the field (%#)', (rule, message) => {
    expect(() => detector(rule)).toThrow(ConfigError);
    expect(() => detector(rule)).toThrow(message);
  });
});
