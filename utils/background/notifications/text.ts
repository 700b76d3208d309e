import { marketplaceOfAccount } from '../../domain/keys';
import { translate } from '../../i18n/background';
import type { Locale } from '../../i18n/define';
import type { LanguageSetting } from '../../i18n/locale';
import { currentLocale } from '../../i18n/locale';
import type { SidePanelView } from '../../protocol/messages/ui';
import { formatTimeHM, zoneOf } from '../../ui/format';
import { tabLabelKey } from '../../ui/order-state';
import type { NotifyEvent } from './diff';

/**
 * Notification ids and words (pure). Text is built only from counts, the seller's own label for
 * the connection and marketplace order ids: never a recipient, phone, address or product name,
 * because OS notifications show on the lock screen and stay in the notification center.
 */
export const NOTIFICATION_PREFIX = 'crossdock';
/** A small icon as a data URL (Chrome requires one; the extension ships no image files). */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAtUlEQVR42u3aQQ6AIAwEQN7hN/20v8CzB8VAaXc326RX0zFGSqEd59UG2Yvzsz7Uon9jWAp/hTAW/0DIADppGgAB6MwZDhgFJGA2IACrUQaIjlTArkgBrBSyAxEKyHzGFCD6+414XqsqPn0dkATQtBKob38JQNXMGWCAAYIAqt8o/ULmXghlKkHdTktsaCS2lPSbeomxisRgS2a0KDHcrV7IfEJjQADA58QIAPqrBhKXPeiu29yfS6nW53bO2QAAAABJRU5ErkJggg==';

export function backgroundLocale(setting: LanguageSetting | undefined): Locale {
  return currentLocale(setting);
}

/** Where a click on a notification leads: a side-panel view, or the connections in options. */
export type NotificationTarget = { kind: 'sidePanel'; view: SidePanelView } | { kind: 'options'; hash: string };

interface IdParts {
  kind: NotifyEvent['kind'];
  accountKey: string;
  orderKey?: string;
  tab?: string;
}

const KINDS = new Set(['newOrders', 'shippingDeadline', 'cancelRequests', 'connection', 'newInquiries']);

/** `crossdock|kind|accountKey|orderKey|tab|stamp`: the id alone says where a click goes. */
export function notificationId(e: NotifyEvent, stamp: number): string {
  const orderKey = e.kind === 'connection' || e.kind === 'newInquiries' ? '' : (e.orderKey ?? '');
  const tab = e.kind === 'shippingDeadline' ? (e.tab ?? '') : '';
  return [NOTIFICATION_PREFIX, e.kind, e.accountKey, orderKey, tab, String(stamp)].join('|');
}

export function parseNotificationId(id: string): IdParts | undefined {
  const parts = id.split('|');
  const [prefix, kind = '', accountKey = '', orderKey, tab] = parts;
  if (parts.length !== 6 || prefix !== NOTIFICATION_PREFIX || !KINDS.has(kind)) return undefined;
  if (!/^(coupang|alibaba):[A-Za-z0-9_-]{1,40}$/.test(accountKey)) return undefined;
  if (orderKey && !/^(coupang|alibaba):[A-Za-z0-9_-]{1,40}:\d{1,30}$/.test(orderKey)) return undefined;
  return {
    kind: kind as IdParts['kind'],
    accountKey,
    ...(orderKey ? { orderKey } : {}),
    ...(tab === 'new' || tab === 'toShip' ? { tab } : {}),
  };
}

/** The view a notification opens. */
export function targetOf(id: string): NotificationTarget | undefined {
  const p = parseNotificationId(id);
  if (!p) return undefined;
  const { accountKey } = p;
  const on1688 = marketplaceOfAccount(accountKey) === 'alibaba';
  if (p.kind === 'connection') return { kind: 'options', hash: 'connections' };
  if (p.kind === 'newInquiries') return { kind: 'sidePanel', view: { area: 'inquiries', accountKey } };
  if (p.orderKey) return { kind: 'sidePanel', view: { orderKey: p.orderKey, accountKey } };
  switch (p.kind) {
    case 'newOrders':
      return { kind: 'sidePanel', view: { tab: on1688 ? 'awaitingDispatch' : 'new', accountKey } };
    case 'cancelRequests':
      return { kind: 'sidePanel', view: { tab: on1688 ? 'refunding' : 'cancelRequested', accountKey } };
    default:
      return { kind: 'sidePanel', view: { tab: (p.tab as 'new' | 'toShip' | undefined) ?? 'all', accountKey } };
  }
}

export interface NotificationText {
  title: string;
  message: string;
}

/** Title and message for an event. `label` is the seller's own name for the connection. */
export function notificationText(
  e: NotifyEvent,
  ctx: { locale: Locale; label: string; deadlineHours: number },
): NotificationText {
  const t = (k: string, p?: Record<string, string | number>) => translate(ctx.locale, k, p);
  const vendor = ctx.label;
  if (e.kind === 'connection') {
    const marketplace = marketplaceOfAccount(e.accountKey);
    const key =
      e.problem === 'keyExpiring' && marketplace === 'alibaba'
        ? 'notify.conn.tokenExpiring'
        : `notify.conn.${e.problem}`;
    const time = e.until ? formatTimeHM(e.until, zoneOf(marketplace)) : '';
    return { title: t('notify.conn.title', { vendor }), message: t(key, { days: e.days ?? 0, time }) };
  }
  if (e.kind === 'newInquiries')
    return {
      title: t('notify.newInquiries.title'),
      message: t('notify.newInquiries.message', { count: e.count, account: vendor }),
    };
  const id = e.orderIds[0] ?? '';
  const one = e.count === 1;
  const on1688 = marketplaceOfAccount(e.accountKey) === 'alibaba';
  // The title names the state as every view does (결제완료 / 출고중지요청, 1688: 발송대기 / 환불요청).
  const state = (tab: Parameters<typeof tabLabelKey>[0]) => t(tabLabelKey(tab));
  switch (e.kind) {
    case 'newOrders': {
      const words = on1688 ? 'notify.new1688' : 'notify.new';
      return {
        title: t('notify.new.title', { vendor, state: state(on1688 ? 'awaitingDispatch' : 'new') }),
        message: one ? t(`${words}.one`, { id }) : t(`${words}.many`, { count: e.count }),
      };
    }
    case 'cancelRequests': {
      const words = on1688 ? 'notify.refund' : 'notify.cancel';
      return {
        title: t('notify.cancel.title', { vendor, state: state(on1688 ? 'refunding' : 'cancelRequested') }),
        message: one ? t(`${words}.one`, { id }) : t(`${words}.many`, { count: e.count }),
      };
    }
    default: {
      const base = one
        ? t('notify.deadline.one', { id, hours: ctx.deadlineHours })
        : t('notify.deadline.many', { count: e.count, hours: ctx.deadlineHours });
      const late = e.overdue ? ` ${t('notify.deadline.overdue', { count: e.overdue })}` : '';
      return { title: t('notify.deadline.title', { vendor }), message: base + late };
    }
  }
}
