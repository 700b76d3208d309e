import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiHandlers } from '@/utils/background/handlers/ui';
import type { TrustedSender } from '@/utils/background/messaging/dispatcher';
import type { EventHub } from '@/utils/background/messaging/event-hub';

/**
 * The view a side panel is asked to open at (popup, notification, page helper) waits in session
 * storage until the panel takes it. Every open takes it, and almost always nothing waits: that
 * take must not write to storage (issue 13: a write in the browser process while the panel draws
 * its first rows), and must not drop a view that arrives after it looked.
 */
describe('the side panel pending view', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const handlers = (now = () => 1_000) => uiHandlers({ events: { emit: () => undefined } as unknown as EventHub, now });
  const popup = { kind: 'extension-page' } as unknown as TrustedSender;
  const take = (h: ReturnType<typeof handlers>) => h['ui.takePendingView']({}, popup);

  it('takes nothing without touching storage when nothing is pending', async () => {
    const h = handlers();
    const remove = vi.spyOn(fakeBrowser.storage.session, 'remove');
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await take(h)).toEqual({ view: undefined });
    expect(await take(h)).toEqual({ view: undefined });
    expect(await take(h)).toEqual({ view: undefined });
    expect(remove).not.toHaveBeenCalled();
    // The first take's answer is kept: later opens do not read storage again.
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('hands a pending view to one take, then removes it', async () => {
    const h = handlers();
    await h['ui.openSidePanel']({ view: { tab: 'new' } }, popup);
    expect(await take(h)).toEqual({ view: { tab: 'new' } });
    expect(await fakeBrowser.storage.session.get('pendingView')).toEqual({});
    expect(await take(h)).toEqual({ view: undefined });
  });

  it('keeps a view asked for while a take that found none was on its way', async () => {
    const h = handlers();
    // The popup asks for a view just after an opening panel's take has read storage: the take
    // found nothing, and must not remove what was written after its read.
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(async (keys) => {
      const found = await read(keys);
      await h['ui.openSidePanel']({ view: { area: 'money' } }, popup);
      return found;
    });
    expect(await take(h)).toEqual({ view: undefined });
    expect(await take(h)).toEqual({ view: { area: 'money' } });
  });

  it('drops a view older than a minute', async () => {
    let now = 1_000;
    const h = handlers(() => now);
    await h['ui.openSidePanel']({ view: { tab: 'new' } }, popup);
    now += 61_000;
    expect(await take(h)).toEqual({ view: undefined });
    expect(await fakeBrowser.storage.session.get('pendingView')).toEqual({});
  });
});
