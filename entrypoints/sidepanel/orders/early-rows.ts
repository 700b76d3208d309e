import type { Locale } from '@/utils/i18n';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import type { OpeningLayout } from '@/utils/protocol/messages/ui';
import { deadlineState, formatMoney, formatShortDateTime, zoneOf } from '@/utils/ui/format';
import type { QueryReply } from './prefetched-windows';
import { ONE_LINE_LIST_TOP, ROW_HEIGHT } from './row-geometry';

/**
 * The opening rows, drawn by the side panel's first script as soon as the worker has answered,
 * before the app's code and words have loaded (issue 13: "first rows … rendered before anything
 * else on the page loads"). On a first open in a new browser the app is ready ~50–90 ms after the
 * answer, and its first render is slow then (its code is compiled on that first use).
 *
 * They are drawn where the list began the last time it was drawn at this width and in this
 * language (the worker keeps that: `ui.openingLayout`), with the list's own classes and styles,
 * so nothing moves when the app replaces them. On a profile's first open nothing is kept yet: they
 * are drawn where the list begins when the bars above it take one line each, and move down once if
 * the tabs wrap at this width (the place is kept from then on). Plain DOM, no words: what a row
 * says in words (a pending action, "overdue", "· 3 items") appears with the app a moment later.
 * Not focusable, hidden from assistive technology and not clickable: the app's list is the one to
 * use.
 */

export interface EarlyRowsInput {
  reply: QueryReply;
  /** Where the list began last time; undefined on a profile's first open (nothing kept yet). */
  layout: OpeningLayout | undefined;
  locale: Locale;
  now: number;
  viewport: { width: number; height: number };
}

type Place = Pick<OpeningLayout, 'listTop' | 'listLeft' | 'listWidth' | 'showAccount'>;

/**
 * Where to draw: the kept place, if it was kept at this width and in this language; on a profile's
 * first open, the one-line guess. None at another width or language than kept: a seller who resized
 * the panel would see rows move at every new width.
 */
function placeOf({ layout, viewport, locale }: EarlyRowsInput): Place | undefined {
  if (!layout) return { listTop: ONE_LINE_LIST_TOP, listLeft: 0, listWidth: viewport.width, showAccount: false };
  return layout.width === viewport.width && layout.locale === locale ? layout : undefined;
}

/** How many rows fit below the list's top. */
function earlyRowCount(input: EarlyRowsInput, place: Place): number {
  const room = input.viewport.height - place.listTop;
  return room <= 0 ? 0 : Math.min(input.reply.rows.length, Math.ceil(room / ROW_HEIGHT));
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One row, in the markup of the app's row (order-list.tsx, `Row`) less what needs words. */
function earlyRow(doc: Document, row: OrderRow, index: number, input: EarlyRowsInput, place: Place): HTMLElement {
  const zone = zoneOf(row.marketplace);
  const waiting = row.workState === 'new' || row.workState === 'toShip';
  const deadline = waiting ? deadlineState(row.shipBy, input.reply.dueSoonHours, input.now, zone) : undefined;
  const node = el(doc, 'div', deadline ? `order-row deadline-${deadline}` : 'order-row');
  node.dataset.testid = 'early-order-row';
  node.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
  node.style.height = `${ROW_HEIGHT}px`;
  const check = el(doc, 'input', 'row-check');
  check.type = 'checkbox';
  check.tabIndex = -1;
  const main = el(doc, 'div', 'row-main');
  const line1 = el(doc, 'div', 'row-line1');
  line1.append(
    el(doc, 'span', 'row-product', row.productSummary),
    el(doc, 'span', 'row-date', formatShortDateTime(row.orderedAt, zone, input.now)),
    el(doc, 'span', 'row-total', formatMoney(row.total, input.locale)),
  );
  const line2 = el(doc, 'div', 'row-line2');
  line2.append(el(doc, 'span', 'mono', row.orderId), el(doc, 'span', 'row-recipient', row.recipientName));
  if (deadline && row.shipBy) {
    const time = formatShortDateTime(row.shipBy, zone, input.now);
    line2.append(el(doc, 'span', `chip deadline ${deadline}`, deadline === 'ok' ? `~${time}` : time));
  }
  if (place.showAccount) line2.append(el(doc, 'span', 'row-account', row.accountLabel));
  main.append(line1, line2);
  node.append(check, main);
  return node;
}

/** Draws the rows into `host`; undefined when none are (another width or language than kept). */
export function drawEarlyRows(doc: Document, host: HTMLElement, input: EarlyRowsInput): HTMLElement | undefined {
  const place = placeOf(input);
  const count = place ? earlyRowCount(input, place) : 0;
  if (!place || count === 0) return undefined;
  const box = el(doc, 'div', 'early-rows');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.top = `${place.listTop}px`;
  box.style.left = `${place.listLeft}px`;
  box.style.width = `${place.listWidth}px`;
  for (let i = 0; i < count; i++) box.append(earlyRow(doc, input.reply.rows[i]!, i, input, place));
  host.append(box);
  return box;
}

export interface EarlyAnswers {
  settings: Promise<{ language?: string }>;
  layout: Promise<{ layout?: OpeningLayout; viewPending: boolean }>;
  window: Promise<QueryReply>;
  /** The seller's language from the settings (the words module's rule, utils/i18n/locale.ts). */
  localeOf(language: string | undefined): Locale;
}

/** Longest wait for the early rows' frame; a visible page draws one within a frame or two. */
const FRAME_WAIT_CAP_MS = 500;

/**
 * Resolves after the next frame has been drawn: a task posted from the frame's animation callback
 * runs after that frame's paint. A hidden page draws no frames, so it resolves at once then.
 */
function afterNextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    if (doc.visibilityState === 'hidden') return resolve();
    const done = () => {
      clearTimeout(cap);
      doc.removeEventListener('visibilitychange', done);
      resolve();
    };
    const cap = setTimeout(done, FRAME_WAIT_CAP_MS);
    doc.addEventListener('visibilitychange', done);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * How long the app, once loaded, waits for the early answers before it renders without them. They
 * come 10–50 ms after the page's first script, 60–100 ms when the page woke the worker.
 */
const ANSWER_WAIT_CAP_MS = 200;

/**
 * Draws the early rows once the three early answers are in, unless the app has mounted first or a
 * view is waiting (the panel then opens elsewhere). `remove()` is called by the entry in the same
 * task as the app's first render, so no frame shows neither.
 *
 * `appMayRender()` is what the entry awaits before the app's first render, and resolves:
 * - after the rows' frame, when rows were drawn. On a profile's first open that render takes
 *   ~30 ms (its code is compiled then); when the app was ready just after the rows were drawn, it
 *   ran before their frame, and the rows were drawn and removed unseen;
 * - right after the answers, when none were drawn (a view waiting, an answer failed);
 * - after `capMs` if the answers are not in by then: the app then shows its own loading state.
 * The app waits for the answers because it cannot show rows before them either, and its way from
 * the answer to its rows is slower than theirs: when the app was ready first (3 opens in 12 in a
 * trace), its first rows came 20–35 ms after the answer, where these are drawn 1–3 ms after it.
 */
export function showEarlyRows(
  host: HTMLElement,
  answers: EarlyAnswers,
): { remove(): void; appMayRender(capMs?: number): Promise<void> } {
  let removed = false;
  let box: HTMLElement | undefined;
  let painted: Promise<void> | undefined;
  const answered = Promise.all([answers.settings, answers.layout, answers.window]).then(
    ([settings, { layout, viewPending }, reply]) => {
      if (removed || viewPending) return;
      box = drawEarlyRows(document, host, {
        reply,
        layout,
        locale: answers.localeOf(settings.language),
        now: Date.now(),
        viewport: { width: window.innerWidth, height: window.innerHeight },
      });
      if (box) painted = afterNextFrame(document);
    },
    // Any early answer that failed: the app asks again itself and shows its own error.
    () => undefined,
  );
  return {
    async appMayRender(capMs = ANSWER_WAIT_CAP_MS) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cap = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, capMs);
      });
      await Promise.race([answered, cap]);
      clearTimeout(timer);
      await painted;
    },
    remove() {
      removed = true;
      box?.remove();
    },
  };
}
