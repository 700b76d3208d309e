import type { Browser } from 'wxt/browser';
import { EventHub } from '@/utils/background/messaging/event-hub';
import type { ClassifiedSender } from '@/utils/protocol/sender';

type Port = Browser.runtime.Port;

function port(kind: ClassifiedSender['kind']) {
  const got: Array<{ type: string }> = [];
  let disconnected = false;
  const p = {
    sender: { id: kind },
    postMessage: (m: { type: string }) => got.push(m),
    disconnect: () => {
      disconnected = true;
    },
    onDisconnect: { addListener: () => undefined },
  } as unknown as Port;
  return { p, got, disconnected: () => disconnected };
}

const classify = (s: Browser.runtime.MessageSender): ClassifiedSender =>
  s.id === 'extension-page'
    ? { kind: 'extension-page', url: 'chrome-extension://x/sidepanel.html' }
    : s.id === 'helper-frame'
      ? { kind: 'helper-frame', tabId: 1, pageUrl: 'https://wing.coupang.com/', siteHost: 'wing.coupang.com' }
      : { kind: 'untrusted', reason: 'sub-frame', origin: 'https://example.com' };

describe('who hears background events (issue 12, bug 5: open helpers reset on the wipe)', () => {
  it('extension pages hear everything, helper frames only the wipe, others nothing', () => {
    const hub = new EventHub(classify);
    const page = port('extension-page');
    const helper = port('helper-frame');
    const other = port('untrusted');
    expect(hub.accept(page.p)).toBe(true);
    expect(hub.accept(helper.p)).toBe(true);
    expect(hub.accept(other.p)).toBe(false);
    expect(other.disconnected()).toBe(true);

    hub.emit('orders.changed', { accountKey: 'coupang:A00054321' });
    hub.emit('accounts.changed', {});
    hub.emit('data.wiped', { reason: 'deleteAll' });
    expect(page.got.map((m) => m.type)).toEqual(['orders.changed', 'accounts.changed', 'data.wiped']);
    expect(helper.got.map((m) => m.type)).toEqual(['data.wiped']);
    expect(other.got).toEqual([]);
  });
});

describe('background listeners (issue 14: the badge follows inquiry and claim reads)', () => {
  it('a local listener hears its type, checked; its failure never stops the ports; it can leave', () => {
    const hub = new EventHub(classify);
    const page = port('extension-page');
    hub.accept(page.p);
    const heard: string[] = [];
    hub.on('inquiries.changed', () => {
      throw new Error('a broken listener');
    });
    const leave = hub.on('inquiries.changed', (p) => heard.push(p.accountKey));
    hub.on('claims.changed', (p) => heard.push(`claims ${p.accountKey}`));
    hub.emit('inquiries.changed', { accountKey: 'coupang:A1' });
    hub.emit('claims.changed', { accountKey: 'coupang:A1' });
    leave();
    hub.emit('inquiries.changed', { accountKey: 'coupang:A2' });
    expect(heard).toEqual(['coupang:A1', 'claims coupang:A1']);
    expect(page.got.map((m) => m.type)).toEqual(['inquiries.changed', 'claims.changed', 'inquiries.changed']);
    expect(() => hub.emit('claims.changed', {} as never)).toThrow();
  });
});
