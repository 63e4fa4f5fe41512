/** Options of {@link orderedMap}. */
export interface OrderedMapOptions<I> {
  /** Items per batch (one `fn` call). */
  batchSize: number;
  /** Batches in flight at most; reading the source pauses while the window is full. */
  window: number;
  /** Optional weight per item (e.g. characters): a batch also closes when its weight reaches `maxWeight`. */
  weight?: (item: I) => number;
  maxWeight?: number;
}

/**
 * Ordered parallel map: groups `source` into batches, runs up to `window`
 * batches of `fn` concurrently, and yields the results in INPUT order.
 *
 * Memory stays constant whatever the input length: at most `window` batches
 * are in flight plus the one being filled, and the source is only read when a
 * slot is free (backpressure), the bounded-queue idea of piscina's
 * `FixedQueue`. A slow first batch holds back later results, never reorders them.
 *
 * `fn` must return one result per item, in order. If it rejects, the
 * generator throws at that batch's turn (earlier results are yielded first).
 *
 * @example
 * for await (const y of orderedMap([1, 2, 3], async (b) => b.map((x) => x * 2), { batchSize: 2, window: 2 })) console.log(y)
 * // 2, 4, 6
 */
export async function* orderedMap<I, O>(
  source: AsyncIterable<I> | Iterable<I>,
  fn: (batch: I[]) => Promise<O[]>,
  options: OrderedMapOptions<I>,
): AsyncGenerator<O> {
  const { batchSize, window, weight } = options;
  const maxWeight = options.maxWeight ?? Infinity;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize: expected an integer >= 1, got ${batchSize}`);
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window: expected an integer >= 1, got ${window}`);
  const inFlight: { promise: Promise<O[]>; size: number }[] = [];
  let batch: I[] = [];
  let batchWeight = 0;

  const start = (items: I[]): void => {
    const promise = fn(items);
    // Awaited in order below; until then a rejection must not count as unhandled.
    promise.catch(() => undefined);
    inFlight.push({ promise, size: items.length });
  };
  const takeOldest = async (): Promise<O[]> => {
    const { promise, size } = inFlight.shift()!;
    const results = await promise;
    if (results.length !== size) throw new Error(`orderedMap: fn returned ${results.length} results for ${size} items`);
    return results;
  };

  for await (const item of source) {
    batch.push(item);
    if (weight) batchWeight += weight(item);
    if (batch.length < batchSize && batchWeight < maxWeight) continue;
    start(batch);
    batch = [];
    batchWeight = 0;
    if (inFlight.length >= window) yield* await takeOldest();
  }
  if (batch.length > 0) start(batch);
  while (inFlight.length > 0) yield* await takeOldest();
}
