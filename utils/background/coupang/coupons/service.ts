import {
  type CouponCreateInput,
  type CouponView,
  couponProblems,
  kstMinuteOf,
  type WriteView,
} from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import type { OutboxRecord } from '../../store/db';
import type { CoupangClient } from '../api';
import { kstDate } from '../api/kst';
import type { CoupangClients } from '../client-factory';
import { findWrite, runSingleWrite, writeView } from '../single-write';
import { COUPON_ACTION, type CouponPayload, couponRequests } from './actions';
import type { CouponStatus } from './endpoints';
import { budgetView, downloadView, instantView, requestView } from './mapping';
import { knownDownloadCoupons, rememberDownloadCoupon } from './records';

const ask = { priority: 'interactive' as const };
const STATUSES: CouponStatus[] = ['APPLIED', 'STANDBY', 'PAUSED', 'EXPIRED'];
const LIST_PAGES = 10;

export interface CouponWriteReply {
  write: WriteView;
  requestedId?: string;
}

/** Coupons: lists read on demand (no cache), writes through the outbox. */
export class CouponsService {
  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  async list(accountKey: string) {
    const client = await this.clients.get(accountKey);
    const month = kstDate(this.core.now()).slice(0, 7);
    const contracts = await client.coupons.listContracts(ask);
    const budgets = [];
    for (const c of contracts) {
      const b = await client.coupons.getBudget(c.contractId, month, ask).catch(() => undefined);
      budgets.push(budgetView(c, month, b));
    }
    const coupons: CouponView[] = [];
    for (const status of STATUSES)
      for (let page = 1; page <= LIST_PAGES; page++) {
        const got = await client.coupons.listInstantCoupons({ status, page, size: 100 }, ask);
        coupons.push(...got.map(instantView));
        if (got.length < 100) break;
      }
    coupons.push(...(await this.downloads(accountKey, client)));
    return { coupons, budgets, fetchedAt: this.core.now() };
  }

  /** The known download coupons, newest first; one that Coupang no longer finds is left out. */
  private async downloads(accountKey: string, client: CoupangClient): Promise<CouponView[]> {
    const out: CouponView[] = [];
    const known = (await knownDownloadCoupons(accountKey)).sort((a, b) => b.addedAt - a.addedAt);
    for (const k of known) {
      const c = await client.coupons.getDownloadCoupon(k.couponId, ask).catch(() => undefined);
      if (c) out.push(downloadView(c));
    }
    return out;
  }

  /** Adds a download coupon made in Wing to the list (Coupang has no list of them): checked by one look-up. */
  async track(accountKey: string, couponId: string): Promise<CouponView> {
    const client = await this.clients.get(accountKey);
    const c = await client.coupons.getDownloadCoupon(couponId, ask);
    await rememberDownloadCoupon(accountKey, c.couponId, this.core.now());
    return downloadView(c);
  }

  async create(accountKey: string, coupon: CouponCreateInput) {
    const budgets = (await this.list(accountKey)).budgets;
    const contract = budgets.find((b) => b.contractId === coupon.contractId);
    const problems = couponProblems(coupon, kstMinuteOf(this.core.now()), contract);
    if (problems.length) return { problems };
    const target = `coupon:new:${coupon.kind}:${coupon.name.trim()}:${coupon.startAt}`;
    return { problems: [], ...(await this.write(accountKey, target, { op: 'create', coupon })) };
  }

  attach(accountKey: string, p: Extract<CouponPayload, { op: 'attach' }>) {
    return this.write(accountKey, `coupon:${p.couponId}:attach`, p);
  }

  expire(accountKey: string, p: Extract<CouponPayload, { op: 'expire' }>) {
    return this.write(accountKey, `coupon:${p.couponId}:expire`, p);
  }

  private async write(accountKey: string, target: string, payload: CouponPayload): Promise<CouponWriteReply> {
    const record = await runSingleWrite(this.core, accountKey, COUPON_ACTION, target, payload);
    return this.reply(accountKey, record);
  }

  async writeStatus(accountKey: string, id: string): Promise<CouponWriteReply> {
    const record = await findWrite(this.core, accountKey, id);
    if (!record) return { write: { id, state: 'unknown' } };
    return this.reply(accountKey, record);
  }

  private async reply(accountKey: string, record: OutboxRecord): Promise<CouponWriteReply> {
    const kept = await couponRequests.get(accountKey, record.id, this.core.now());
    return { write: writeView(record), ...(kept?.requestedId ? { requestedId: kept.requestedId } : {}) };
  }

  async request(accountKey: string, requestedId: string) {
    const client = await this.clients.get(accountKey);
    return requestView(requestedId, await client.coupons.getRequestStatus(requestedId, ask));
  }

  async products(accountKey: string, name?: string) {
    const client = await this.clients.get(accountKey);
    const got = await client.products.list(
      { maxPerPage: 50, ...(name?.trim() ? { sellerProductName: name.trim() } : {}) },
      ask,
    );
    return {
      products: got.products.map((p) => ({
        sellerProductId: p.sellerProductId,
        name: p.sellerProductName ?? p.sellerProductId,
        ...(p.statusName ? { status: p.statusName } : {}),
      })),
    };
  }

  /** The options of a product that have an option id (approved), for the attach picker. */
  async options(accountKey: string, sellerProductId: string) {
    const client = await this.clients.get(accountKey);
    const product = await client.products.get(sellerProductId, ask);
    return {
      options: product.items.flatMap((i) =>
        i.vendorItemId ? [{ vendorItemId: i.vendorItemId, name: i.itemName ?? i.vendorItemId }] : [],
      ),
    };
  }
}
