import { describe, expect, it } from 'vitest';
import { generateCalls, type GoldTranscript } from '../../src/synth/index.js';
import { LABELS, SPECIAL_SUBTYPES } from '../../src/types.js';

function calls(n: number, seed: number, split: 'train' | 'test'): GoldTranscript[] {
  return [...generateCalls({ n, seed, split })];
}

const TEST_500 = calls(500, 11, 'test');
const TRAIN_500 = calls(500, 11, 'train');

function spanText(c: GoldTranscript, e: GoldTranscript['entities'][number]): string {
  return c.turns[e.turn].text.slice(e.start, e.end);
}

describe('generateCalls: determinism', () => {
  it('gives identical calls for the same seed and split', () => {
    expect(calls(30, 7, 'train')).toEqual(calls(30, 7, 'train'));
  });
  it('gives call i independent of n', () => {
    expect(calls(5, 7, 'test')[4]).toEqual(calls(12, 7, 'test')[4]);
  });
  it('gives different calls for different seeds and splits', () => {
    const a = JSON.stringify(calls(10, 1, 'train'));
    expect(JSON.stringify(calls(10, 2, 'train'))).not.toEqual(a);
    expect(JSON.stringify(calls(10, 1, 'test'))).not.toEqual(a);
  });
});

describe('generateCalls: gold spans', () => {
  it.each([['test', TEST_500], ['train', TRAIN_500]] as const)('%s: spans are in bounds, trimmed, non-overlapping, with valid labels', (_s, list) => {
    for (const c of list) {
      expect(c.turns.length).toBeGreaterThan(3);
      const byTurn = new Map<number, [number, number][]>();
      for (const e of c.entities) {
        const text = c.turns[e.turn]?.text;
        expect(text, `${c.id} turn ${e.turn}`).toBeTypeOf('string');
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
        expect(spanText(c, e)).toBe(spanText(c, e).trim());
        expect(LABELS).toContain(e.label);
        if (e.label === 'SPECIAL') expect(SPECIAL_SUBTYPES).toContain(e.subtype);
        else expect(e.subtype).toBeUndefined();
        const list2 = byTurn.get(e.turn) ?? [];
        list2.push([e.start, e.end]);
        byTurn.set(e.turn, list2);
      }
      for (const spans of byTurn.values()) {
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
      }
    }
  });

  it.each([['test', TEST_500], ['train', TRAIN_500]] as const)('%s: every label appears across 500 calls', (_s, list) => {
    const seen = new Set(list.flatMap((c) => c.entities.map((e) => e.label)));
    expect([...seen].sort()).toEqual([...LABELS].sort());
  });

  it('follows SPEC §1 conventions: no salutations in PERSON, no articles in HEALTH, no prepositions in DOB', () => {
    for (const c of [...TEST_500, ...TRAIN_500]) {
      for (const e of c.entities) {
        const v = spanText(c, e);
        if (e.label === 'PERSON') expect(v, c.id).not.toMatch(/^(herr|herrn|frau|dr\.?|doktor|prof)\b/i);
        if (e.label === 'HEALTH') expect(v, c.id).not.toMatch(/^(ein|eine|einen|der|die|das)\s/i);
        if (e.label === 'DATE_OF_BIRTH') expect(v, c.id).not.toMatch(/^(am|der|den|geboren)\s/i);
        if (e.label === 'EMAIL') expect(v, c.id).toMatch(/@|\s(at|ät|klammeraffe|at-zeichen)\s/i);
      }
    }
  });
});

describe('generateCalls: speech-to-text phenomena', () => {
  const all = [...TEST_500, ...TRAIN_500];
  it('writes about half the calls lowercase without punctuation', () => {
    const lower = all.filter((c) => c.turns.every((t) => t.text === t.text.toLowerCase() && !/[?!;]|[.,](\s|$)/.test(t.text)));
    expect(lower.length / all.length).toBeGreaterThan(0.4);
    expect(lower.length / all.length).toBeLessThan(0.6);
  });

  it('speaks a good share of phone numbers as words, with "zwo" and "doppel"', () => {
    const phones = all.flatMap((c) => c.entities.filter((e) => e.label === 'PHONE').map((e) => spanText(c, e)));
    const spoken = phones.filter((v) => /\b(null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)\b/i.test(v));
    expect(spoken.length / phones.length).toBeGreaterThan(0.3);
    expect(phones.some((v) => /\bzwo\b/i.test(v))).toBe(true);
    expect(phones.some((v) => /\b(doppel|zweimal)\b/i.test(v))).toBe(true);
  });

  it('has spelled names, spoken e-mails and disfluencies', () => {
    const persons = all.flatMap((c) => c.entities.filter((e) => e.label === 'PERSON').map((e) => spanText(c, e)));
    expect(persons.filter((v) => /\b\p{L} wie \p{L}+/iu.test(v)).length).toBeGreaterThan(50);
    const emails = all.flatMap((c) => c.entities.filter((e) => e.label === 'EMAIL').map((e) => spanText(c, e)));
    expect(emails.filter((v) => / punkt /i.test(v)).length).toBeGreaterThan(50);
    expect(all.filter((c) => c.turns.some((t) => /(^|\s)(äh|ähm)([,.\s]|$)/i.test(t.text))).length).toBeGreaterThan(200);
  });

  it('splits some values over two caller turns with an agent prompt between', () => {
    let splits = 0;
    for (const c of all) {
      for (let i = 0; i + 2 < c.turns.length; i++) {
        const a = c.entities.find((e) => e.turn === i && e.end === c.turns[i].text.length);
        const b = c.entities.find((e) => e.turn === i + 2 && e.label === a?.label);
        if (a && b && c.turns[i].speaker === 'caller' && c.turns[i + 1].text.length < 25) splits++;
      }
    }
    expect(splits).toBeGreaterThan(20);
  });

  it('has several people per call on average', () => {
    const personsPerCall = all.map((c) => new Set(c.entities.filter((e) => e.label === 'PERSON').map((e) => spanText(c, e).toLowerCase())).size);
    expect(personsPerCall.reduce((a, b) => a + b, 0) / all.length).toBeGreaterThan(2);
  });
});

describe('generateCalls: hard negatives', () => {
  it.each([
    ['im sommer', 'season, not the surname Sommer'],
    ['der koch', 'a cook, not Herr Koch'],
    ['ganz braun', 'a colour'],
    ['der bauer', 'a farmer'],
    ['ganz kurz', 'an adverb'],
  ])('"%s" (%s) occurs and is never inside a gold span', (phrase) => {
    let found = 0;
    for (const c of [...TEST_500, ...TRAIN_500, ...calls(500, 3, 'train')]) {
      c.turns.forEach((t, i) => {
        const at = t.text.toLowerCase().indexOf(phrase);
        if (at < 0) return;
        found++;
        for (const e of c.entities) if (e.turn === i) expect(e.end <= at || e.start >= at + phrase.length).toBe(true);
      });
    }
    expect(found).toBeGreaterThan(0);
  });

  it('labels no appointment times: "um ... Uhr" never lies in a DATE_OF_BIRTH span', () => {
    for (const c of TEST_500) {
      for (const e of c.entities) if (e.label === 'DATE_OF_BIRTH') expect(spanText(c, e)).not.toMatch(/uhr/i);
    }
  });
});
