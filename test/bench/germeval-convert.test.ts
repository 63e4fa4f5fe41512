import { describe, expect, it } from 'vitest';
import { convertGermEval } from '../../benchmarks/germeval.js';

// A hand-written sample in GermEval 2014 format (index, token, outer tag, embedded tag).
const kSample = [
  '#\thttp://example.org/a\t[2024-01-01]',
  '1\tGestern\tO\tO',
  '2\ttraf\tO\tO',
  '3\tAnna\tB-PER\tO',
  '4\tMaria\tI-PER\tO',
  '5\tWeber\tI-PER\tO',
  '6\t(\tO\tO',
  '7\tSPD\tB-ORG\tO',
  '8\t)\tO\tO',
  '9\tden\tO\tO',
  '10\tKafka-Fan\tB-PERpart\tO',
  '11\tOtto\tB-PER\tO',
  '12\t,\tO\tO',
  '13\tder\tO\tO',
  '14\t"\tO\tO',
  '15\tStiftung\tB-ORG\tO',
  '16\tRosa\tI-ORG\tB-PER',
  '17\tLuxemburg\tI-ORG\tI-PER',
  '18\t"\tO\tO',
  '19\tlobte\tO\tO',
  '20\t.\tO\tO',
  '',
  '#\thttp://example.org/b\t[2024-01-02]',
  '1\tKafkaesk\tB-PERderiv\tO',
  '2\tist\tO\tO',
  '3\tdas\tO\tO',
  '4\tnicht\tO\tO',
  '',
  '#\thttp://example.org/c\t[2024-01-03]',
  '1\tHerr\tO\tO',
  '2\tMüller\tB-PER\tO',
  '3\tund\tO\tO',
  '4\tFrau\tO\tO',
  '5\tSchmidt\tB-PER\tO',
  '6\tKrüger\tB-PER\tO',
  '',
].join('\n');

const slices = (text: string, spans: readonly { start: number; end: number }[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

describe('convertGermEval', () => {
  const calls = convertGermEval(kSample);

  it('makes one call with one turn per sentence', () => {
    expect(calls.map((c) => c.id)).toEqual(['germeval-1', 'germeval-2', 'germeval-3']);
    for (const c of calls) expect(c.turns).toHaveLength(1);
  });

  it('joins tokens into prose: punctuation attaches, quotes open and close', () => {
    expect(calls[0].turns[0].text).toBe(
      'Gestern traf Anna Maria Weber (SPD) den Kafka-Fan Otto, der "Stiftung Rosa Luxemburg" lobte.',
    );
  });

  it.each([
    // [sentence, expected name slices, reason]
    [0, ['Anna Maria Weber', 'Otto', 'Rosa Luxemburg'], 'multi-token name, single token before a comma, embedded PER inside an ORG'],
    [1, [], 'PERderiv is not a person name'],
    [2, ['Müller', 'Schmidt', 'Krüger'], 'titles stay outside; adjacent B-PER tokens are separate names'],
  ])('sentence %i: offsets slice to %j (%s)', (index, names) => {
    const call = calls[index];
    expect(slices(call.turns[0].text, call.entities)).toEqual(names);
    for (const e of call.entities) {
      expect(e).toMatchObject({ turn: 0, label: 'PERSON' });
    }
  });

  it('leaves out embedded names when asked', () => {
    const outerOnly = convertGermEval(kSample, { embedded: false });
    expect(slices(outerOnly[0].turns[0].text, outerOnly[0].entities)).toEqual(['Anna Maria Weber', 'Otto']);
  });

  it('merges an embedded span that overlaps an outer one', () => {
    const tsv = '1\tAnna\tB-PER\tB-PER\n2\tWeber\tI-PER\tO\n\n';
    const [call] = convertGermEval(tsv);
    expect(call.entities).toEqual([{ turn: 0, start: 0, end: 10, label: 'PERSON' }]);
  });

  it('reads CRLF files and a last sentence without a trailing blank line', () => {
    const [call] = convertGermEval('#\tsrc\r\n1\tEva\tB-PER\tO\r\n2\tlacht\tO\tO', { idPrefix: 'g' });
    expect(call.id).toBe('g1');
    expect(call.turns[0].text).toBe('Eva lacht');
    expect(slices(call.turns[0].text, call.entities)).toEqual(['Eva']);
  });
});
