import {
  OPENING_QUERY,
  prefetchedWindows,
  signatureOf,
  WINDOW_SIZE,
} from '@/entrypoints/sidepanel/orders/prefetched-windows';

/**
 * The side panel's first script sends the requests its first render needs (issue 13): the
 * settings first — the worker's thread is busy for a while with the order window's answer, and
 * the settings waited behind it — then the opening order window, kept for the list.
 */
describe("the side panel's early requests", () => {
  it('asks for the settings, then the opening window, then where the list began; keeps the window for the list', async () => {
    const sent: Array<{ type: string; payload: Record<string, unknown> }> = [];
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: (message: { type: string; payload: Record<string, unknown> }) => {
          sent.push(message);
          return new Promise(() => undefined);
        },
      },
    });
    try {
      await import('@/entrypoints/sidepanel/early-requests');
      expect(sent.map((m) => m.type)).toEqual(['settings.get', 'orders.query', 'ui.openingLayout']);
      expect(sent[1]!.payload).toMatchObject({ ...OPENING_QUERY, offset: 0, limit: WINDOW_SIZE });
      expect(prefetchedWindows.has(signatureOf(OPENING_QUERY))).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      prefetchedWindows.clear();
    }
  });
});
