import type { MarketplaceId, WorkState } from '../domain/order';
import {
  ALIBABA_STAGES,
  type AlibabaStage,
  COUPANG_STATES,
  type CoupangState,
  listStateOf,
} from '../domain/order-status';
import type { orderStates } from '../i18n/dictionaries/order-states';

/** A state's name in the one dictionary of state words (also loaded by the helper panels). */
export type StateKey = keyof typeof orderStates.en;

/**
 * The names of order states, for every view (side panel, popup, page helpers, notifications): a
 * view never builds a state's dictionary key itself, it asks here, so one state has one name.
 * The words are in `i18n/dictionaries/order-states.ts`; the meaning in `domain/order-status.ts`.
 */

/** A tab of the order list: a marketplace's states, then "all". */
export type ListTab = CoupangState | AlibabaStage | 'all';

/** The tabs of one marketplace's order list, in the marketplace's own order, "all" last. */
export const MARKET_TABS: Record<MarketplaceId, readonly ListTab[]> = {
  coupang: [...COUPANG_STATES, 'all'],
  alibaba: [...ALIBABA_STAGES, 'all'],
};

/** The tab the list opens on for a marketplace: the first work waiting for the seller. */
export const OPENING_TAB: Record<MarketplaceId, ListTab> = { coupang: 'new', alibaba: 'awaitingDispatch' };

/** The marketplace whose list a tab belongs to ("all" to neither). */
export function marketOfTab(tab: ListTab): MarketplaceId | undefined {
  if ((COUPANG_STATES as readonly string[]).includes(tab)) return 'coupang';
  if ((ALIBABA_STAGES as readonly string[]).includes(tab)) return 'alibaba';
  return undefined;
}

/** The label of a tab. */
export function tabLabelKey(tab: ListTab): StateKey {
  return marketOfTab(tab) === 'alibaba' ? (`state1688.${tab}` as StateKey) : (`state.${tab}` as StateKey);
}

/**
 * The name of one order's state: its Coupang work state, or its 1688 stage (cancelled and unknown
 * statuses fall back to the shared words).
 */
export function orderStateKey(o: { marketplace: MarketplaceId; marketStatus: string; workState: WorkState }): StateKey {
  const listed = listStateOf(o);
  if (listed) return tabLabelKey(listed);
  return `state.${o.workState}` as StateKey;
}

/** The tab where new work waits for the seller (결제완료 / 발송대기): highlighted when not empty. */
export function isWaitingTab(tab: ListTab): boolean {
  return tab === OPENING_TAB.coupang || tab === OPENING_TAB.alibaba;
}

/** A buyer wants the order stopped (출고중지요청 / 退款中): urgent when not empty. */
export function isUrgentTab(tab: ListTab): boolean {
  return tab === 'cancelRequested' || tab === 'refunding';
}
