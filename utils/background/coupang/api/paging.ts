import { type DateWindow, splitDateRange } from './windows';

/**
 * Walks a date range in windows and each window through its `nextToken` pages. Yields every page
 * with the checkpoint to store once the page is safely persisted; passing that checkpoint back as
 * `resume` continues with the next page — nothing skipped, nothing fetched twice. The range must be
 * the same on resume (store it beside the checkpoint): window indexes are positions in its split.
 */

export interface WalkCheckpoint {
  windowIndex: number;
  /** Token of the next page in that window; absent = the window's first page. */
  nextToken?: string;
}

export interface WalkPage<T> {
  items: T[];
  window: DateWindow;
  windowIndex: number;
  windowCount: number;
  /** Where to resume after this page; null when the whole range is done. */
  checkpoint: WalkCheckpoint | null;
}

export type PageFetcher<T> = (
  window: DateWindow,
  nextToken: string | undefined,
) => Promise<{ items: T[]; nextToken?: string }>;

export async function* walkDateWindows<T>(
  range: DateWindow,
  maxDays: number,
  fetchPage: PageFetcher<T>,
  resume?: WalkCheckpoint | null,
): AsyncGenerator<WalkPage<T>> {
  const windows = splitDateRange(range, maxDays);
  let windowIndex = resume?.windowIndex ?? 0;
  let token = resume?.nextToken;
  if (windowIndex < 0 || !Number.isInteger(windowIndex)) throw new Error('invalid checkpoint');
  const seenTokens = new Set<string>();
  while (windowIndex < windows.length) {
    const window = windows[windowIndex]!;
    const page = await fetchPage(window, token);
    // A token that repeats within a window would loop forever; treat it as the end of the window.
    const next = page.nextToken && !seenTokens.has(page.nextToken) ? page.nextToken : undefined;
    if (next) seenTokens.add(next);
    const nextWindow = next ? windowIndex : windowIndex + 1;
    const checkpoint =
      nextWindow < windows.length ? { windowIndex: nextWindow, ...(next ? { nextToken: next } : {}) } : null;
    yield { items: page.items, window, windowIndex, windowCount: windows.length, checkpoint };
    windowIndex = nextWindow;
    token = next;
    if (!next) seenTokens.clear();
  }
}
