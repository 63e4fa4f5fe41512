import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/pool/ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drain<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('orderedMap', () => {
  it('yields results in input order although batches finish out of order', async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const fn = async (batch: number[]) => {
      await sleep((batch[0] * 37) % 11); // later batches often finish first
      return batch.map((x) => x * 2);
    };
    expect(await drain(orderedMap(items, fn, { batchSize: 7, window: 4 }))).toEqual(items.map((x) => x * 2));
  });

  it('never runs more than `window` batches at once and reads the source lazily', async () => {
    let running = 0;
    let peak = 0;
    let read = 0;
    let consumed = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - consumed);
        yield i;
      }
    }
    const fn = async (batch: number[]) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(2);
      running--;
      return batch;
    };
    for await (const _ of orderedMap(source(), fn, { batchSize: 5, window: 3 })) {
      consumed++;
      await sleep(0);
    }
    expect(consumed).toBe(100);
    expect(peak).toBeLessThanOrEqual(3);
    // In flight (3 x 5) + the batch being filled (5): memory is bounded by the window.
    expect(maxAhead).toBeLessThanOrEqual(3 * 5 + 5);
  });

  it('closes batches by weight as well as by count', async () => {
    const sizes: number[] = [];
    const fn = async (batch: string[]) => {
      sizes.push(batch.length);
      return batch;
    };
    const items = ['aaaa', 'bb', 'cccccc', 'd', 'e', 'f', 'g'];
    await drain(orderedMap(items, fn, { batchSize: 10, window: 2, weight: (s) => s.length, maxWeight: 5 }));
    expect(sizes).toEqual([2, 1, 4]);
  });

  it('throws at the failing batch after yielding the results before it', async () => {
    const fn = async (batch: number[]) => {
      if (batch[0] === 4) throw new Error('batch failed');
      await sleep(batch[0] === 0 ? 5 : 0);
      return batch;
    };
    const seen: number[] = [];
    await expect(async () => {
      for await (const x of orderedMap([0, 1, 2, 3, 4, 5, 6, 7], fn, { batchSize: 2, window: 4 })) seen.push(x);
    }).rejects.toThrow('batch failed');
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('rejects a result count that does not match the batch', async () => {
    await expect(drain(orderedMap([1, 2, 3], async () => [1], { batchSize: 3, window: 1 }))).rejects.toThrow(/returned 1 results for 3 items/);
  });

  it.each([
    [{ batchSize: 0, window: 1 }, /batchSize: expected an integer >= 1, got 0/],
    [{ batchSize: 1, window: 1.5 }, /window: expected an integer >= 1, got 1\.5/],
  ])('validates %o', async (options, message) => {
    await expect(drain(orderedMap([1], async (b) => b, options))).rejects.toThrow(message);
  });
});
