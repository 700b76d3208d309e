import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiHandlers } from '@/utils/background/handlers/ui';
import type { TrustedSender } from '@/utils/background/messaging/dispatcher';
import type { EventHub } from '@/utils/background/messaging/event-hub';
import type { OpeningLayout } from '@/utils/protocol/messages/ui';

/**
 * Where the side panel's list began last time (issue 13): the panel's first script draws the
 * opening rows there before the app has loaded. The worker answers it with every open, and keeps a
 * new one only when it changed: a storage write is the browser process's work while a page opens.
 */
describe("the side panel's opening layout", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const handlers = (now = () => 1_000) => uiHandlers({ events: { emit: () => undefined } as unknown as EventHub, now });
  const panel = { kind: 'extension-page' } as unknown as TrustedSender;
  const layout: OpeningLayout = {
    width: 400,
    locale: 'ko',
    listTop: 206,
    listLeft: 0,
    listWidth: 385,
    showAccount: false,
  };

  it('has none until the panel keeps one, then answers it', async () => {
    const h = handlers();
    expect(await h['ui.openingLayout']({}, panel)).toEqual({ layout: undefined, viewPending: false });
    await h['ui.keepOpeningLayout'](layout, panel);
    expect(await h['ui.openingLayout']({}, panel)).toEqual({ layout, viewPending: false });
    expect(await fakeBrowser.storage.local.get('openingLayout')).toEqual({ openingLayout: layout });
  });

  it('writes only a layout that changed', async () => {
    const h = handlers();
    await h['ui.keepOpeningLayout'](layout, panel);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await h['ui.keepOpeningLayout']({ ...layout }, panel);
    expect(set).not.toHaveBeenCalled();
    await h['ui.keepOpeningLayout']({ ...layout, listTop: 230 }, panel);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await h['ui.openingLayout']({}, panel)).layout?.listTop).toBe(230);
  });

  it('says a view is waiting without taking it, and not once it is older than a minute', async () => {
    let now = 1_000;
    const h = handlers(() => now);
    await h['ui.openSidePanel']({ view: { area: 'money' } }, panel);
    expect((await h['ui.openingLayout']({}, panel)).viewPending).toBe(true);
    expect(await h['ui.takePendingView']({}, panel)).toEqual({ view: { area: 'money' } });
    expect((await h['ui.openingLayout']({}, panel)).viewPending).toBe(false);
    await h['ui.openSidePanel']({ view: { tab: 'new' } }, panel);
    now += 61_000;
    expect((await h['ui.openingLayout']({}, panel)).viewPending).toBe(false);
  });
});
