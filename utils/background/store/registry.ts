/**
 * Every item Crossdock persists, declared once: where it lives, whether it holds PII or secrets,
 * how long it may live, and which events wipe it. Logout ("disconnect") and "delete all data"
 * walk this list; storage helpers refuse undeclared keys; a unit test fails when anything in a
 * storage area or the database is not covered by a declaration.
 */
export type Area = 'local' | 'session' | 'idb';
export type WipeReason = 'disconnect' | 'deleteAll' | 'browserRestart';

export interface StoredItem {
  /** Storage key (local/session) or object-store name (idb). */
  key: string;
  area: Area;
  /** `account` items are stored per connected account: `${key}:${accountKey}` or an accountKey field. */
  scope: 'global' | 'account';
  pii: boolean;
  secret: boolean;
  /** Longest an entry may live; null = until one of `clearedOn` happens. */
  ttlMs: number | null;
  clearedOn: readonly WipeReason[];
  /** i18n key of the "What is stored" label. */
  label: string;
}

import {
  CATEGORY_TREE_FIELDS,
  COUPON_REQUEST_FIELDS,
  EXCHANGES_SNAPSHOT_FIELDS,
  INQUIRY_FIELDS,
  INQUIRY_REPLY_FIELDS,
  INQUIRY_SUMMARY_FIELDS,
  OFFER_FIELDS,
  OPENING_WINDOWS_FIELDS,
  ORDER_FIELDS,
  PAYOUT_MONTH_FIELDS,
  PRODUCT_FIELDS,
  PRODUCT_INFLOW_FIELDS,
  PURCHASE_DRAFT_FIELDS,
  PURCHASE_PLAN_FIELDS,
  PURCHASE_RESULT_FIELDS,
  RESTOCK_PLAN_FIELDS,
  RETURNS_SNAPSHOT_FIELDS,
  REVENUE_DAY_FIELDS,
  RG_STOCK_FIELDS,
} from './cached-fields';

const MIN = 60_000;
const HOUR = 60 * MIN;

export const STORED_ITEMS = {
  schemaVersion: {
    key: 'schemaVersion',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.schemaVersion',
  },
  settings: {
    key: 'settings',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.settings',
  },
  consent: {
    key: 'consent',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.consent',
  },
  securityLog: {
    key: 'securityLog',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: 30 * 24 * HOUR,
    clearedOn: ['deleteAll'],
    label: 'stored.securityLog',
  },
  errorLog: {
    key: 'errorLog',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: 7 * 24 * HOUR,
    clearedOn: ['deleteAll'],
    label: 'stored.errorLog',
  },
  /** Non-secret facts about each connection (vendorId, masked key, key issue date, status). */
  accounts: {
    key: 'accounts',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.accounts',
  },
  /** Encrypted API keys and OAuth tokens, one entry per account. */
  vault: {
    key: 'vault',
    area: 'local',
    scope: 'account',
    pii: false,
    secret: true,
    ttlMs: null,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.vault',
  },
  /** Per-account rate-limit block and connection health, so a restarted worker keeps honouring a 429 block. */
  accountHealth: {
    key: 'health',
    area: 'local',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.accountHealth',
  },
  /** Sourcing list: offer ids and the seller's own numbers (no page content). */
  sourcingList: {
    key: 'sourcingList',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.sourcingList',
  },
  /** The seller's landed-cost calculator settings (exchange rate and its date, shipping, duty, VAT, commission). */
  calculatorSettings: {
    key: 'calculatorSettings',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.calculatorSettings',
  },
  /**
   * Per account, what notifications already told (new-order baseline, notified cancel requests and
   * deadlines, the last connection problem): shipment ids and times only, no personal data.
   */
  notifyState: {
    key: 'notifyState',
    area: 'local',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: 35 * 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.notifyState',
  },
  /**
   * The seller's own unit cost per Coupang vendor item (whole won), typed in the money view for
   * profit per order. The seller's numbers, no marketplace data.
   */
  unitCosts: {
    key: 'unitCosts',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.unitCosts',
  },
  /** The seller's own reply templates for customer inquiries (their words; no customer data). */
  replyTemplates: {
    key: 'replyTemplates',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.replyTemplates',
  },
  /** Cross-border product links: Coupang option ↔ 1688 offer + SKU, units per item, 사입/구매대행 (ids and the seller's numbers). */
  productLinks: {
    key: 'productLinks',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.productLinks',
  },
  /** Listing drafts from 1688 offers waiting for Coupang's approval: seller SKUs → offer, SKU, units, mode. */
  draftLinks: {
    key: 'draftLinks',
    area: 'local',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.draftLinks',
  },
  /**
   * Cross-border order links: each Coupang order line ↔ the 1688 purchase order (and cargo line) that
   * fills it — one order may have several, one per supplier — with ids, the rate used and the
   * seller's marks. The 1688 amounts copied into them go when that 1688 member is disconnected.
   */
  orderLinks: {
    key: 'orderLinks',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.orderLinks',
  },
  /**
   * 사입 restock purchases: the 1688 purchase bought for stock ↔ the product links it restocks (ids,
   * quantities, the rate used, the seller's received mark). The 1688 amounts copied into them go
   * when that 1688 member is disconnected.
   */
  restockPurchases: {
    key: 'restockPurchases',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.restockPurchases',
  },
  /** The seller's forwarder (배대지) warehouse addresses in China: the ship-to of 구매대행 purchases. */
  forwarderAddresses: {
    key: 'forwarderAddresses',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.forwarderAddresses',
  },
  /** The seller's per-order cross-border costs and tax settings (forwarder fee, duty, VAT, USD rate). */
  crossborderCosts: {
    key: 'crossborderCosts',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.crossborderCosts',
  },
  /**
   * Ids of the Coupang download coupons Crossdock created (Coupang has no list of them, only a
   * look-up by id), with the title and period for the list. The seller's own promotions, no PII.
   */
  downloadCoupons: {
    key: 'downloadCoupons',
    area: 'local',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: 400 * 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.downloadCoupons',
  },
  /** The AES-GCM key for PII cache records: memory only, gone when the browser closes. */
  cacheKey: {
    key: 'cacheKey',
    area: 'session',
    scope: 'global',
    pii: false,
    secret: true,
    ttlMs: null,
    clearedOn: ['browserRestart', 'deleteAll'],
    label: 'stored.cacheKey',
  },
  /** Orders the seller revealed (unmasked) recently, with the time the reveal ends. */
  reveals: {
    key: 'reveals',
    area: 'session',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: 2 * MIN,
    clearedOn: ['browserRestart', 'deleteAll', 'disconnect'],
    label: 'stored.reveals',
  },
  /** The side-panel view a click asked for, handed to the panel when it opens. */
  pendingView: {
    key: 'pendingView',
    area: 'session',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: 60_000,
    clearedOn: ['browserRestart', 'deleteAll'],
    label: 'stored.pendingView',
  },
  /** Where the side panel's list began last time (px, per width and language): page geometry only. */
  openingLayout: {
    key: 'openingLayout',
    area: 'local',
    scope: 'global',
    pii: false,
    secret: false,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.openingLayout',
  },
  /** Short-lived cache of API data; PII records encrypted with cacheKey. */
  cache: {
    key: 'cache',
    area: 'idb',
    scope: 'account',
    pii: true,
    secret: false,
    ttlMs: 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll', 'browserRestart'],
    label: 'stored.cache',
  },
  /** Write actions waiting to be sent or with their result (acknowledge, invoice, purchase order…). */
  outbox: {
    key: 'outbox',
    area: 'idb',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: 7 * 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.outbox',
  },
  /** Where each long sync stopped (window, page token), so a suspended worker resumes. */
  checkpoints: {
    key: 'checkpoints',
    area: 'idb',
    scope: 'account',
    pii: false,
    secret: false,
    ttlMs: 24 * HOUR,
    clearedOn: ['disconnect', 'deleteAll'],
    label: 'stored.checkpoints',
  },
  /** The vault's non-extractable AES-GCM key (a CryptoKey object; its bytes cannot be read). */
  vaultKey: {
    key: 'keys',
    area: 'idb',
    scope: 'global',
    pii: false,
    secret: true,
    ttlMs: null,
    clearedOn: ['deleteAll'],
    label: 'stored.vaultKey',
  },
} as const satisfies Record<string, StoredItem>;

export type StoredItemId = keyof typeof STORED_ITEMS;

/** Which declaration covers a storage-area key, if any. */
export function declarationForKey(area: 'local' | 'session', key: string): StoredItem | undefined {
  return Object.values(STORED_ITEMS).find(
    (d: StoredItem) =>
      d.area === area &&
      (d.scope === 'global' ? d.key === key : key.startsWith(`${d.key}:`) && key.length > d.key.length + 1),
  );
}

export function idbStores(): StoredItem[] {
  return Object.values(STORED_ITEMS).filter((d: StoredItem) => d.area === 'idb');
}

/**
 * Every kind of record in the `cache` object store, declared once: whether it holds PII (then it
 * is encrypted with the session key and lives for the seller's short PII TTL; otherwise the
 * reference TTL), and the field paths it may keep (projection, compliance C5). Records are written
 * and read only through `cachedKind()` (store/cached-kind.ts), which projects, seals and types them.
 */
export interface CachedKindDecl {
  pii: boolean;
  fields: readonly string[];
  /**
   * This kind is one record describing every record of the named kind together: it is deleted
   * with any of them, in the same transaction (store/cache-keys.ts), so it never describes records
   * that are gone.
   */
  describesAll?: string;
}

export const CACHED_KINDS = {
  /** Synced orders of either marketplace (recipient data included: PII). */
  order: { pii: true, fields: ORDER_FIELDS },
  /**
   * Which order records the side panel's opening list shows first, its tab counts and each order's
   * digest (states, ship-by), so a woken worker answers the panel and the popup without reading
   * every order (orders/opening-windows.ts). No personal data, but it describes the orders: sealed
   * and kept no longer than they are, like them.
   */
  'order.openingWindows': { pii: true, fields: OPENING_WINDOWS_FIELDS, describesAll: 'order' },
  /** A 1688 offer as the helper and purchase view show it. */
  'alibaba.offer': { pii: false, fields: OFFER_FIELDS },
  /** A previewed 1688 purchase, delivery address included, waiting for the seller's confirmation. */
  'alibaba.purchaseDraft': { pii: true, fields: PURCHASE_DRAFT_FIELDS },
  /** The created 1688 order's id and amount, for the result view. */
  'alibaba.purchaseResult': { pii: false, fields: PURCHASE_RESULT_FIELDS },
  /** A previewed set of 구매대행 purchases (order keys, preview tokens, 1688 amounts), waiting for confirmation. */
  'crossborder.plan': { pii: false, fields: PURCHASE_PLAN_FIELDS },
  /** A previewed set of 사입 restock purchases (option ids, preview tokens, 1688 amounts), waiting for confirmation. */
  'crossborder.restockPlan': { pii: false, fields: RESTOCK_PLAN_FIELDS },
  /** Counts of unanswered Coupang inquiries (no inquiry text). */
  inquirySummary: { pii: false, fields: INQUIRY_SUMMARY_FIELDS },
  /**
   * The seller's Coupang revenue lines of one recognition day (order and product ids, amounts; the
   * API carries no buyer data). Operating data: cached with the reference TTL (agreement §3③3).
   */
  'coupang.revenueDay': { pii: false, fields: REVENUE_DAY_FIELDS },
  /** Coupang payout (settlement) records of one revenue month, bank account fields never kept. */
  'coupang.payoutMonth': { pii: false, fields: PAYOUT_MONTH_FIELDS },
  /**
   * A vendor's Coupang return receipts of the last 30 days (issue 14). No requester data is parsed,
   * but a claim tells about a customer's order: encrypted, short PII TTL, like orders.
   */
  'coupang.returns': { pii: true, fields: RETURNS_SNAPSHOT_FIELDS },
  /** A vendor's Coupang exchanges of the last 30 days, the replacement's delivery address included (PII). */
  'coupang.exchanges': { pii: true, fields: EXCHANGES_SNAPSHOT_FIELDS },
  /** A Coupang customer inquiry with its thread (the customer's words: PII). */
  'coupang.inquiry': { pii: true, fields: INQUIRY_FIELDS },
  /** A reply the seller sent, until the outbox has delivered it (it may quote the customer: PII). */
  'coupang.inquiryReply': { pii: true, fields: INQUIRY_REPLY_FIELDS },
  /** Coupang's display-category tree, flattened: reference data, fetched at most once a day. */
  'coupang.categoryTree': { pii: false, fields: CATEGORY_TREE_FIELDS },
  /** The request id Coupang answered an instant-coupon write with, by outbox item (to follow it). */
  'coupang.couponRequest': { pii: false, fields: COUPON_REQUEST_FIELDS },
  /** Rocket Growth stock per option with 30-day sales (ids and counts; no buyer data). */
  'coupang.rgStock': { pii: false, fields: RG_STOCK_FIELDS },
  /** A Coupang product with its options' price, stock and sale status (no customer data). */
  'coupang.product': { pii: false, fields: PRODUCT_FIELDS },
  /** The seller's product registration quota, as of the last product refresh. */
  'coupang.productInflow': { pii: false, fields: PRODUCT_INFLOW_FIELDS },
} as const satisfies Record<string, CachedKindDecl>;

export type CachedKindId = keyof typeof CACHED_KINDS;
