import { classifySender } from '@/utils/protocol/sender';

const ID = 'naeaknobmblkkcjjehdfpbdpjgkkfdlp';
const ORIGIN = `chrome-extension://${ID}`;
const tab = {
  id: 7,
  index: 0,
  pinned: false,
  highlighted: false,
  windowId: 1,
  active: true,
  incognito: false,
} as never;

describe('classifySender', () => {
  it('recognizes our own extension pages', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}/options.html` }, ID, ORIGIN).kind).toBe('extension-page');
    expect(classifySender({ id: ID, url: `${ORIGIN}/options.html`, tab, frameId: 0 }, ID, ORIGIN).kind).toBe(
      'extension-page',
    );
  });

  it('recognizes our content script in the top frame of a marketplace page', () => {
    const s = classifySender({ id: ID, url: 'https://detail.1688.com/offer/123.html', tab, frameId: 0 }, ID, ORIGIN);
    expect(s).toEqual({
      kind: 'content-script',
      tabId: 7,
      pageUrl: 'https://detail.1688.com/offer/123.html',
      siteHost: 'detail.1688.com',
    });
  });

  it('C17: distrusts other extensions, sub-frames, tab-less senders and unmatched origins', () => {
    const cases = [
      [{ id: 'other', url: 'chrome-extension://other/x.html' }, 'foreign-extension'],
      [{ id: ID, url: 'https://detail.1688.com/offer/1.html', tab, frameId: 3 }, 'sub-frame'],
      [{ id: ID, url: 'https://detail.1688.com/offer/1.html' }, 'no-tab'],
      [{ id: ID, url: 'https://evil.example/detail.1688.com/offer/1.html', tab, frameId: 0 }, 'unmatched-origin'],
      [{ id: ID, url: 'https://detail.1688.com.evil.example/offer/1.html', tab, frameId: 0 }, 'unmatched-origin'],
    ] as const;
    for (const [sender, reason] of cases) {
      expect(classifySender(sender as never, ID, ORIGIN)).toMatchObject({ kind: 'untrusted', reason });
    }
  });

  describe('the helper frame (issue 18)', () => {
    const frameUrl = `${ORIGIN}/helper-frame.html?helper=offer-1688&id.offerId=999`;
    const inTab = (url: string | undefined) => ({ ...(tab as object), url }) as never;

    it('is judged by its tab: its URL parameters give it nothing, and it never passes for an extension page', () => {
      const s = classifySender(
        { id: ID, url: frameUrl, tab: inTab('https://detail.1688.com/offer/123.html'), frameId: 4 },
        ID,
        ORIGIN,
      );
      expect(s).toEqual({
        kind: 'helper-frame',
        tabId: 7,
        pageUrl: 'https://detail.1688.com/offer/123.html',
        siteHost: 'detail.1688.com',
      });
    });

    it('is untrusted outside a seller page: as a tab of its own, in another site, or with no tab URL', () => {
      const cases = [
        [{ id: ID, url: frameUrl, tab: inTab(frameUrl), frameId: 0 }, 'frame-not-embedded'],
        [{ id: ID, url: frameUrl, tab: inTab('https://evil.example/'), frameId: 3 }, 'unmatched-origin'],
        [{ id: ID, url: frameUrl, tab: inTab(undefined), frameId: 3 }, 'no-tab'],
        [{ id: ID, url: frameUrl }, 'no-tab'],
      ] as const;
      for (const [sender, reason] of cases) {
        expect(classifySender(sender as never, ID, ORIGIN)).toMatchObject({ kind: 'untrusted', reason });
      }
    });
  });
});
