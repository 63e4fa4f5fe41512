import { describe, expect, it } from 'vitest';
import { createHealthDetectors } from '../../src/detect/health.js';
import { GatedTerms, termFileSchema } from '../../src/detect/health-gated-terms.js';
import { Morphology, modifiersSchema, morphologySchema } from '../../src/detect/health-morphology.js';
import { PrefixFilter } from '../../src/detect/health-prefilter.js';
import { ConfigError } from '../../src/errors.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import type { Span } from '../../src/types.js';

/** A small morphology independent of the shipped rule files. */
const morph = new Morphology(
  morphologySchema.parse({
    endings: ['s', 'en', 'n', 'e'],
    strong: { score: 0.85, heads: ['entzündung', 'schmerz'] },
    weak: [{ accept: ['body'], score: 0.8, heads: ['bruch'] }],
    suffixes: [
      { name: 'clinical', score: 0.8, minStem: 3, suffixes: ['itis'] },
      { name: 'inn', score: 0.75, minStem: 3, suffixes: ['pril'] },
      { name: 'ose', score: 0.75, minStem: 4, stemEndsWith: 'iey', suffixes: ['ose'] },
    ],
    exceptions: ['weltschmerz'],
  }),
  modifiersSchema.parse({
    links: ['s', 'n', 'en', '-'],
    body: ['bein', 'knie', 'gelenk', 'oberschenkel', 'hals'],
    med: ['schlaf'],
    adjectives: { endings: ['e'], stems: ['stark'] },
  }),
  [],
);

const analyze = (word: string): number => morph.analyze(word, 0, word.length);

describe('Morphology: heads, links, suffixes', () => {
  it.each<[string, boolean, string]>([
    ['kniegelenksentzündung', true, 'strong head with any prefix, link "s"'],
    ['entzündungen', true, 'strong head alone, plural ending'],
    ['rückenschmerzen', true, 'strong head, ending "en"'],
    ['weltschmerz', false, 'listed exception'],
    ['beinbruch', true, 'weak head after a body part'],
    ['oberschenkelhalsbruchs', true, 'two body parts, genitive ending'],
    ['knie-bruch', true, 'hyphen as link'],
    ['vertragsbruch', false, 'weak head after a non-body prefix'],
    ['bruch', false, 'weak head alone'],
    ['schlafbruch', false, 'med part where only body parts are accepted'],
    ['bronchitis', true, 'suffix with a long stem'],
    ['zofenopril', true, 'INN stem'],
    ['april', false, 'stem shorter than minStem'],
    ['borreliose', true, '-ose after "i"'],
    ['arbeitslose', false, '-ose after "l"'],
    ['hose', false, 'too short'],
  ])('%s -> %s (%s)', (word, expected) => {
    expect(analyze(word) > 0).toBe(expected);
  });

  it('analyzes a word inside a longer text by offsets', () => {
    const text = 'der beinbruch heilt';
    expect(morph.analyze(text, 4, 13)).toBe(0.8);
    expect(morph.analyze(text, 14, 19)).toBe(0);
  });

  it('recognises body words made of body parts only', () => {
    expect(morph.isBodyWord('kniegelenk', 0, 10)).toBe(true);
    expect(morph.isBodyWord('schlaf', 0, 6)).toBe(false);
  });
});

describe('PrefixFilter: no false negatives', () => {
  const words = ['grippe', 'op', 'ms', 'im krankenhaus', 'l-thyroxin', 'diabetes mellitus'];
  const f = new PrefixFilter();
  for (const w of words) f.addPrefix(w, ['s', 'en']);
  it.each(words.map((w) => [w]))('%s', (w) => {
    expect(f.mayStartAt(`x ${w} y`, 2)).toBe(true);
  });
  it('accepts short phrases with an ending and rejects most other words', () => {
    expect(f.mayStartAt('ops ', 0)).toBe(true);
    const others = ['gruppe', 'haus', 'montag', 'rechnung', 'vertrag', 'kunde', 'termin', 'bitte'];
    expect(others.filter((w) => f.mayStartAt(w, 0)).length).toBeLessThan(2);
  });
  it('finds word endings registered as suffixes', () => {
    const s = new PrefixFilter();
    s.addSuffix('op');
    s.addSuffix('entzündung');
    expect(s.mayEndAt('knie-op', 0, 7)).toBe(true);
    expect(s.mayEndAt('op', 0, 2)).toBe(true);
    expect(s.mayEndAt('lungenentzündung', 0, 16)).toBe(true);
  });
});

describe('GatedTerms: rule file validation and gates', () => {
  const file = (sets: unknown) => termFileSchema.parse({ sets });

  it('rejects an uppercase term in a case-insensitive set, naming the field', () => {
    const bad = file([{ name: 'x', terms: ['Grippe'] }]);
    expect(() => new GatedTerms([{ source: 'rules/health/x.yaml', file: bad }], [])).toThrow(
      new ConfigError('rules/health/x.yaml: sets[0].terms[0]: must be lowercase (or mark the set caseSensitive)'),
    );
  });

  it('rejects more than one [span] pair', () => {
    const bad = file([{ name: 'x', terms: ['[im] [krankenhaus]'] }]);
    expect(() => new GatedTerms([{ source: 'x.yaml', file: bad }], [])).toThrow(/use at most one \[span\] pair/);
  });

  it('rejects an unknown list name', () => {
    const bad = file([{ name: 'x', terms: ['op'], requires: { list: 'nope' } }]);
    expect(() => new GatedTerms([{ source: 'x.yaml', file: bad }], [])).toThrow(/requires.list: unknown list "nope"/);
  });

  it('rejects a set without words or list in its gate', () => {
    expect(termFileSchema.safeParse({ sets: [{ name: 'x', terms: ['a'], requires: {} }] }).success).toBe(false);
  });

  it('reports a bracketed span, endings, case and blocked gates', () => {
    const terms = new GatedTerms(
      [
        {
          source: 'x.yaml',
          file: file([
            { name: 'stay', terms: ['im [krankenhaus]'] },
            { name: 'op', inflect: false, terms: ['op'] },
            { name: 'ms', caseSensitive: true, terms: ['MS'] },
            { name: 'gated', terms: ['kur'], requires: { words: ['zur'], before: 10 } },
          ]),
        },
      ],
      ['s', 'en'],
    );
    const call = createCallView('t', [{ speaker: 'caller', text: 'im Krankenhaus, Oper, OP, MS, ms, eine Kur, zur Kur' }]);
    const turn = call.turns[0];
    expect(terms.matchAt(call, turn, 0)).toMatchObject({ start: 3, end: 14, matchStart: 0, blocked: false });
    expect(terms.matchAt(call, turn, 16)).toBeUndefined();
    expect(terms.matchAt(call, turn, 22)).toMatchObject({ start: 22, end: 24 });
    expect(terms.matchAt(call, turn, 26)).toMatchObject({ start: 26, end: 28 });
    expect(terms.matchAt(call, turn, 30)).toBeUndefined();
    expect(terms.matchAt(call, turn, 39)).toMatchObject({ blocked: true });
    expect(terms.matchAt(call, turn, 48)).toMatchObject({ start: 48, end: 51, blocked: false });
  });
});

describe('HEALTH: linear time on adversarial input', () => {
  const detectors = createHealthDetectors();
  it.each<[string, string]>([
    ['one long word', 'a'.repeat(1_000_000)],
    ['a hyphen chain', 'a-'.repeat(500_000)],
    ['a strong head repeated without spaces', 'schmerz'.repeat(140_000)],
    ['a weak head behind a huge prefix', `${'knie-'.repeat(200_000)}op`],
    ['a gated term as a hyphen chain', 'op-'.repeat(150_000)],
    ['trigger storms', 'leide an der '.repeat(75_000)],
    ['between-trigger storms', 'nehme '.repeat(160_000)],
    ['bracketed phrase starts', 'im '.repeat(330_000)],
    ['digits', '1'.repeat(1_000_000)],
    ['ICD-like codes', 'Diagnose F32.1 '.repeat(65_000)],
    ['spaces', ' '.repeat(1_000_000)],
  ])('%s', (_name, text) => {
    const call = createCallView('adv', [{ speaker: 'caller', text }]);
    const t0 = performance.now();
    const out: Span[] = [];
    for (const d of detectors) void d.detect(call, out);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
