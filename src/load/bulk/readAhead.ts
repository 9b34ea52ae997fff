/**
 * An async iterator that is always producing its next item while the
 * consumer works on the current one: the bulk loader reads, parses and
 * validates batch n+1 while batch n is being written. At most `depth` items
 * wait beyond the one in use, so memory stays bounded. An error of the
 * producer reaches the consumer when it asks for that item, after the items
 * before it.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth = 1): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  const pull = (): void => {
    const next = iterator.next();
    // Handled when awaited below; this only stops an early rejection from counting as unhandled.
    next.catch(() => undefined);
    pending.push(next);
  };
  try {
    pull();
    for (;;) {
      const current = pending.shift();
      if (!current) return;
      const result = await current;
      if (result.done) return;
      // Async generators queue next() calls, so the producer runs on while the consumer handles `result`.
      while (pending.length < depth) pull();
      yield result.value;
    }
  } finally {
    await iterator.return?.(undefined);
  }
}
