import type { SandboxContext, SeedOptions } from '../core/context';
import { DEFAULT_SEED } from '../core/context';
import { Rng } from '../core/rng';
import { OfferCatalog } from './data/catalog';
import { SUPPLIERS } from './data/dictionary';
import { mixSeed } from './data/ids';
import type { Offer } from './data/model';
import { generateOffers } from './data/offers';
import { OrderBook } from './data/order-book';
import { SeededOrderSet } from './data/order-set';
import { AppRateLimiter } from './gateway/rate-limit';
import { BUYER, buys, MEMBERS, SELLER, sells } from './members';
import { TokenStore } from './oauth/tokens';

export interface AlibabaSamples {
  sellerMemberId: string;
  buyerMemberId: string;
  /** An offer of the seller member (alibaba.product.get works on it). */
  ownOfferId: string;
  /** Another supplier's offer (product.get refuses it; cross.productInfo and purchases work). */
  otherOfferId: string;
  /** A seller order waiting to be shipped. */
  sellerOrderId: string;
  /** A seller order already shipped (logistics and trace exist). */
  sellerShippedOrderId: string;
  /** A buyer (purchase) order on its way, with logistics. */
  buyerOrderId: string;
}

export interface PurchaseStats {
  fastCreateOrderCalls: number;
  ordersCreated: number;
  orderIds: string[];
}

const DAY = 86_400_000;

/** Everything the 1688 sandbox knows; rebuilt from the seed on reset. */
export class AlibabaState {
  catalog!: OfferCatalog;
  orders!: OrderBook;
  samples!: AlibabaSamples;
  readonly tokens: TokenStore;
  /** App keys whose paid call package is "exhausted" (gw.NoUsageLeftError). */
  readonly noUsageLeft = new Set<string>();
  readonly purchases = new Map<string, PurchaseStats>();
  /**
   * Every business parameter each gateway call carried (tokens and signatures left out), newest
   * last: tests read it to prove what never reached 1688 (a Coupang customer's name, phone,
   * address or customs code in a purchase request: agreement §3③2).
   */
  readonly requestLog: { at: number; api: string; params: Record<string, string> }[] = [];
  readonly rateLimiter: AppRateLimiter;

  constructor(private readonly ctx: SandboxContext) {
    this.tokens = new TokenStore(ctx);
    this.rateLimiter = new AppRateLimiter(() => ctx.settings.alibabaCallsPerSecond);
    this.reset(DEFAULT_SEED);
  }

  reset(seed: SeedOptions): void {
    // Seeded times hang off the business clock at reset, so "recent orders" are recent.
    const anchorMs = Math.floor(this.ctx.clock.now() / 1000) * 1000;
    const rng = new Rng(seed.seed);
    this.catalog = new OfferCatalog(generateOffers(rng, MEMBERS.filter(sells), anchorMs));
    const sets: SeededOrderSet[] = [];
    MEMBERS.forEach((m, i) => {
      if (sells(m)) {
        sets.push(
          new SeededOrderSet(m, 'seller', seed.orders, mixSeed(seed.seed, i, 1), anchorMs, [
            'waitsellersend',
            'waitbuyerreceive',
          ]),
        );
      }
      if (buys(m)) {
        sets.push(
          new SeededOrderSet(m, 'buyer', seed.orders, mixSeed(seed.seed, i, 2), anchorMs, [
            'waitbuyerreceive',
            'waitsellersend',
          ]),
        );
      }
    });
    this.orders = new OrderBook(this.catalog, sets, seed.seed);
    this.tokens.clear();
    this.noUsageLeft.clear();
    this.purchases.clear();
    this.requestLog.length = 0;
    this.rateLimiter.reset();

    const sellerSet = this.orders.set(SELLER.memberId, 'seller');
    const buyerSet = this.orders.set(BUYER.memberId, 'buyer');
    const orderable = (o: Offer) => o.skus.length > 0 && o.skus.every((s) => s.amountOnSale >= 100);
    const ownOffers = this.catalog.bySupplier(SELLER.memberId);
    const otherOffers = SUPPLIERS.flatMap((s) => this.catalog.bySupplier(s.memberId));
    this.samples = {
      sellerMemberId: SELLER.memberId,
      buyerMemberId: BUYER.memberId,
      ownOfferId: (ownOffers.find(orderable) ?? ownOffers[0]).offerId,
      otherOfferId: (otherOffers.find(orderable) ?? otherOffers[0]).offerId,
      sellerOrderId: sellerSet && sellerSet.count > 0 ? sellerSet.idOf(0) : '',
      // Shipped samples a day old or more, so their traces already have scans (fallback: the
      // forced newest ones, for tiny data sets).
      sellerShippedOrderId:
        sellerSet?.newestWith('waitbuyerreceive', DAY) ?? (sellerSet && sellerSet.count > 1 ? sellerSet.idOf(1) : ''),
      buyerOrderId:
        buyerSet?.newestWith('waitbuyerreceive', DAY) ?? (buyerSet && buyerSet.count > 0 ? buyerSet.idOf(0) : ''),
    };
  }

  purchaseStats(memberId: string): PurchaseStats {
    let s = this.purchases.get(memberId);
    if (!s) {
      s = { fastCreateOrderCalls: 0, ordersCreated: 0, orderIds: [] };
      this.purchases.set(memberId, s);
    }
    return s;
  }
}
