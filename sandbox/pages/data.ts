import type { AlibabaFacts } from '../alibaba';
import type { Offer, Order } from '../alibaba/data/model';
import type { MarketModule } from '../core/context';

/**
 * What the pages need from the Coupang module, typed structurally so this file does not depend on
 * the Coupang sandbox's own types: only its published sample ids.
 */
export interface CoupangFactsLike {
  samples: {
    vendorId: string | number | bigint;
    orderId: string | number | bigint;
    shipmentBoxId: string | number | bigint;
    sellerProductId: string | number | bigint;
    vendorItemId: string | number | bigint;
  };
}

export interface WingSamples {
  vendorId: string;
  orderId: string;
  shipmentBoxId: string;
  sellerProductId: string;
  vendorItemId: string;
}

export function wingSamples(coupang: MarketModule<CoupangFactsLike>): WingSamples {
  const s = coupang.describe().samples;
  return {
    vendorId: String(s.vendorId),
    orderId: String(s.orderId),
    shipmentBoxId: String(s.shipmentBoxId),
    sellerProductId: String(s.sellerProductId),
    vendorItemId: String(s.vendorItemId),
  };
}

/**
 * 1688 data for the pages, read through the 1688 module's control API (in-process, no port), so a
 * page shows exactly what the gateway would answer for the same id.
 */
export class AlibabaPagesData {
  constructor(private readonly alibaba: MarketModule<AlibabaFacts>) {}

  private async get<T>(path: string): Promise<T | undefined> {
    const res = await this.alibaba.control.request(path);
    return res.ok ? ((await res.json()) as T) : undefined;
  }

  samples() {
    return this.alibaba.describe().samples;
  }
  offer(offerId: string): Promise<Offer | undefined> {
    return /^\d{1,19}$/.test(offerId) ? this.get<Offer>(`/offers/${offerId}`) : Promise.resolve(undefined);
  }
  order(orderId: string): Promise<Order | undefined> {
    return /^\d{1,19}$/.test(orderId) ? this.get<Order>(`/orders/${orderId}`) : Promise.resolve(undefined);
  }
  async orders(memberId: string, role: 'seller' | 'buyer', pageSize = 20): Promise<Order[]> {
    const q = new URLSearchParams({ memberId, role, pageSize: String(pageSize) });
    return (await this.get<{ orders: Order[] }>(`/orders?${q}`))?.orders ?? [];
  }
}
