import { describe, expect, it } from 'vitest';
import { walkDateWindows } from '../../../utils/background/coupang/api/paging';

describe('walkDateWindows', () => {
  it('ends a window when the API repeats a token instead of looping forever', async () => {
    const calls: Array<string | undefined> = [];
    const pages = [];
    for await (const page of walkDateWindows({ from: '2025-07-01', to: '2025-07-02' }, 31, async (_w, token) => {
      calls.push(token);
      return { items: [calls.length], nextToken: 'same' };
    })) {
      pages.push(page.checkpoint);
    }
    expect(calls).toEqual([undefined, 'same']);
    expect(pages).toEqual([{ windowIndex: 0, nextToken: 'same' }, null]);
  });

  it('rejects a nonsensical checkpoint', async () => {
    const gen = walkDateWindows({ from: '2025-07-01', to: '2025-07-02' }, 31, async () => ({ items: [] }), {
      windowIndex: -1,
    });
    await expect(gen.next()).rejects.toThrow(/checkpoint/);
  });
});
