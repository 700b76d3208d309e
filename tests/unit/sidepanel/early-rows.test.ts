import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { drawEarlyRows, type EarlyRowsInput, showEarlyRows } from '@/entrypoints/sidepanel/orders/early-rows';
import type { QueryReply } from '@/entrypoints/sidepanel/orders/prefetched-windows';
import { ONE_LINE_LIST_TOP, ROW_HEIGHT } from '@/entrypoints/sidepanel/orders/row-geometry';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import type { OpeningLayout } from '@/utils/protocol/messages/ui';
import { formatMoney, formatShortDateTime } from '@/utils/ui/format';

/**
 * The side panel's first rows, drawn by its first script from the worker's early answer before the
 * app's code has loaded (issue 13), where the list began last time, in the list's own markup.
 */
const NOW = Date.parse('2026-12-07T03:00:00+09:00');

function row(i: number, over: Partial<OrderRow> = {}): OrderRow {
  return {
    key: `coupang:A00012345:seller:2000000000${i}`,
    marketplace: 'coupang',
    accountId: 'A00012345',
    accountLabel: 'A00012345',
    role: 'seller',
    orderId: `2000000000${i}`,
    shipmentId: `3000000000${i}`,
    workState: 'new',
    marketStatus: 'ACCEPT',
    orderedAt: '2026-12-06T10:00:00+09:00',
    shipBy: '2026-12-09T23:59:00+09:00',
    productSummary: `상품 ${i}`,
    itemCount: 1,
    total: { currency: 'KRW', minor: 35_900 },
    recipientName: '윤*현',
    ...over,
  };
}

const reply = (rows: OrderRow[]): QueryReply =>
  ({ rows, total: rows.length, counts: {}, dueSoonHours: 24 }) as unknown as QueryReply;
const layout: OpeningLayout = {
  width: 400,
  locale: 'ko',
  listTop: 206,
  listLeft: 0,
  listWidth: 385,
  showAccount: false,
};
const input = (over: Partial<EarlyRowsInput> = {}): EarlyRowsInput => ({
  reply: reply(Array.from({ length: 50 }, (_, i) => row(i))),
  layout,
  locale: 'ko',
  now: NOW,
  viewport: { width: 400, height: 760 },
  ...over,
});
const page = () => {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  return { document, host: document.getElementById('app') as unknown as HTMLElement };
};

describe("the side panel's early rows", () => {
  it('fill the screen below where the list began, at the list’s place and width, hidden from use', () => {
    const { document, host } = page();
    const box = drawEarlyRows(document as unknown as Document, host, input())!;
    expect(box.parentNode).toBe(host);
    // (760 - 206) / 44 → 13 rows are at least partly on screen.
    expect(box.querySelectorAll('.order-row')).toHaveLength(Math.ceil((760 - 206) / ROW_HEIGHT));
    expect(box.style.top).toBe('206px');
    expect(box.style.width).toBe('385px');
    expect(box.getAttribute('aria-hidden')).toBe('true');
    const rows = [...box.querySelectorAll<HTMLElement>('.order-row')];
    expect(rows.map((r) => r.style.transform)).toEqual(rows.map((_, i) => `translateY(${i * ROW_HEIGHT}px)`));
    expect(rows.every((r) => r.querySelector('input')?.tabIndex === -1)).toBe(true);
  });

  it('say what the app’s row says, less its words', () => {
    const { document, host } = page();
    const overdue = row(1, { shipBy: '2026-12-06T23:59:00+09:00', recipientName: '강*윤' });
    const box = drawEarlyRows(
      document as unknown as Document,
      host,
      input({ reply: reply([row(0), overdue]), layout: { ...layout, showAccount: true } }),
    )!;
    const [first, second] = [...box.querySelectorAll<HTMLElement>('.order-row')];
    const text = (r: HTMLElement, cls: string) => r.querySelector(`.${cls}`)?.textContent;
    expect(text(first!, 'row-product')).toBe('상품 0');
    expect(text(first!, 'row-date')).toBe(formatShortDateTime('2026-12-06T10:00:00+09:00', 'KST', NOW));
    expect(text(first!, 'row-total')).toBe(formatMoney({ currency: 'KRW', minor: 35_900 }, 'ko'));
    expect(text(first!, 'mono')).toBe('20000000000');
    expect(text(first!, 'row-recipient')).toBe('윤*현');
    expect(text(first!, 'row-account')).toBe('A00012345');
    // A deadline: the same class and time as the app's chip; the app adds "overdue" in words.
    expect(first!.className).toBe('order-row deadline-ok');
    expect(text(first!, 'chip')).toBe('~12-09 23:59');
    expect(second!.className).toBe('order-row deadline-overdue');
    expect(text(second!, 'chip')).toBe('12-06 23:59');
  });

  it('are not drawn at another width or in another language than the list was', () => {
    for (const other of [{ viewport: { width: 420, height: 760 } }, { locale: 'en' as const }]) {
      const { document, host } = page();
      expect(drawEarlyRows(document as unknown as Document, host, input(other))).toBeUndefined();
      expect(host.childNodes).toHaveLength(0);
    }
  });

  it('on a profile’s first open (no place kept), are drawn where the list begins when its bars take one line', () => {
    const { document, host } = page();
    const box = drawEarlyRows(
      document as unknown as Document,
      host,
      input({ layout: undefined, viewport: { width: 420, height: 700 } }),
    )!;
    expect(box.style.top).toBe(`${ONE_LINE_LIST_TOP}px`);
    expect(box.style.left).toBe('0px');
    expect(box.style.width).toBe('420px');
    expect(box.querySelectorAll('.order-row')).toHaveLength(Math.ceil((700 - ONE_LINE_LIST_TOP) / ROW_HEIGHT));
    // The app's first render shows no account until the accounts are in.
    expect(box.querySelector('.row-account')).toBeNull();
  });

  it('use only the classes the app’s row uses, so the page’s styles draw both alike', () => {
    const source = readFileSync('entrypoints/sidepanel/orders/order-list.tsx', 'utf8');
    const { document, host } = page();
    const box = drawEarlyRows(
      document as unknown as Document,
      host,
      input({ layout: { ...layout, showAccount: true } }),
    )!;
    const classes = new Set(
      [...box.querySelectorAll('*')]
        .flatMap((n) => [...(n as HTMLElement).classList]) // The deadline's state is a value in both (`deadline-${state}`, `chip deadline ${state}`).
        .filter((c) => !c.startsWith('deadline-') && !['ok', 'dueSoon', 'overdue'].includes(c)),
    );
    for (const cls of classes) expect(source, cls).toMatch(new RegExp(`class(Name)?=[{"\`][^>]*\\b${cls}\\b`));
  });

  describe('shown by the entry', () => {
    const answers = (over: { viewPending?: boolean; layout?: OpeningLayout | undefined } = {}) => ({
      settings: Promise.resolve({ language: 'ko' }),
      layout: Promise.resolve({
        layout: 'layout' in over ? over.layout : layout,
        viewPending: over.viewPending ?? false,
      }),
      window: Promise.resolve(reply([row(0), row(1)])),
      localeOf: () => 'ko' as const,
    });
    let host: HTMLElement;
    beforeEach(() => {
      const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
      vi.stubGlobal('document', document);
      vi.stubGlobal('window', Object.assign(window, { innerWidth: 400, innerHeight: 760 }));
      host = document.getElementById('app') as unknown as HTMLElement;
      // Frames never come unless a test runs them.
      vi.stubGlobal('requestAnimationFrame', () => 0);
    });
    afterEach(() => vi.unstubAllGlobals());
    const settle = () => new Promise((r) => setTimeout(r, 0));

    it('draws them once the answers are in, and removes them for the app', async () => {
      const early = showEarlyRows(host, answers());
      await settle();
      expect(host.querySelectorAll('.order-row')).toHaveLength(2);
      early.remove();
      expect(host.childNodes).toHaveLength(0);
    });

    it('draws nothing once the app has mounted or when a view is waiting', async () => {
      const early = showEarlyRows(host, answers());
      early.remove();
      showEarlyRows(host, answers({ viewPending: true }));
      await settle();
      expect(host.childNodes).toHaveLength(0);
    });

    it('draws them on a profile’s first open too, with no place kept', async () => {
      showEarlyRows(host, answers({ layout: undefined }));
      await settle();
      expect(host.querySelectorAll('.order-row')).toHaveLength(2);
    });

    it('give drawn rows their frame before the app may replace them', async () => {
      const frames: (() => void)[] = [];
      vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
      const early = showEarlyRows(host, answers());
      await settle();
      expect(host.querySelectorAll('.order-row')).toHaveLength(2);
      let painted = false;
      void early.appMayRender().then(() => {
        painted = true;
      });
      await settle();
      // The app is ready, but the rows' frame has not come: it must wait.
      expect(painted).toBe(false);
      expect(frames).toHaveLength(1);
      frames[0]!();
      await settle();
      await settle();
      expect(painted).toBe(true);
    });

    it('let the app render at once when no rows are drawn, or the page is hidden', async () => {
      const frames: (() => void)[] = [];
      vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
      const pending = showEarlyRows(host, answers({ viewPending: true }));
      await settle();
      let done = false;
      void pending.appMayRender().then(() => {
        done = true;
      });
      await settle();
      expect(done).toBe(true);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      const hidden = showEarlyRows(host, answers());
      await settle();
      expect(host.querySelectorAll('.order-row')).toHaveLength(2);
      done = false;
      void hidden.appMayRender().then(() => {
        done = true;
      });
      await settle();
      expect(done).toBe(true);
      expect(frames).toHaveLength(0);
    });

    it('make the app, ready before the answers, wait for them and the rows’ frame', async () => {
      const frames: (() => void)[] = [];
      vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
      let answer!: (r: QueryReply) => void;
      const early = showEarlyRows(host, { ...answers(), window: new Promise<QueryReply>((r) => (answer = r)) });
      let mayRender = false;
      void early.appMayRender().then(() => {
        mayRender = true;
      });
      await settle();
      // The app is ready; the rows are not in: it waits, it does not draw an empty list first.
      expect(mayRender).toBe(false);
      answer(reply([row(0), row(1)]));
      await settle();
      expect(host.querySelectorAll('.order-row')).toHaveLength(2);
      expect(mayRender).toBe(false);
      frames[0]!();
      await settle();
      await settle();
      expect(mayRender).toBe(true);
    });

    it('let the app render without them once the cap has passed, and then draw none', async () => {
      let answer!: (r: QueryReply) => void;
      const early = showEarlyRows(host, { ...answers(), window: new Promise<QueryReply>((r) => (answer = r)) });
      let mayRender = false;
      void early.appMayRender(20).then(() => {
        mayRender = true;
      });
      await settle();
      expect(mayRender).toBe(false);
      await new Promise((r) => setTimeout(r, 40));
      expect(mayRender).toBe(true);
      early.remove();
      answer(reply([row(0)]));
      await settle();
      expect(host.childNodes).toHaveLength(0);
    });

    it('draws nothing when an answer failed', async () => {
      showEarlyRows(host, { ...answers(), window: Promise.reject(new Error('no consent')) });
      await settle();
      expect(host.childNodes).toHaveLength(0);
    });
  });
});
