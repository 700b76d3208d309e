/**
 * Walks a page iterator one page ahead: as soon as page N arrives, page N+1 is asked for (it waits
 * in the account's request queue, which sets the pace), and page N is handled (stored,
 * checkpointed) while that request is on its way. Pages are still handled strictly in order, one
 * at a time, so a checkpoint written by `handle` always names the page after the last one stored.
 *
 * A failing `handle` ends the walk at once: the page asked for ahead is abandoned (its result or
 * error ignored) and never handled.
 */
export async function walkAhead<P>(pages: AsyncIterator<P>, handle: (page: P) => Promise<void>): Promise<void> {
  let next = pages.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = pages.next();
    // Handled on the next turn of the loop; this only keeps a rejection while we are busy from
    // being reported as unhandled.
    next.catch(() => undefined);
    await handle(current.value);
  }
}

/**
 * Runs walks side by side under one abort signal: the first failure aborts the others, waits for
 * them to stop (nothing keeps storing after the sync has ended), then rethrows that failure.
 */
export async function runTogether(
  signal: AbortSignal,
  walks: Array<(signal: AbortSignal) => Promise<void>>,
): Promise<void> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  let first: { error: unknown } | undefined;
  try {
    await Promise.all(
      walks.map((walk) =>
        walk(stop.signal).catch((error: unknown) => {
          first ??= { error };
          stop.abort(error);
        }),
      ),
    );
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (first) throw first.error;
}
