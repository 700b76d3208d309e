import type { Rng } from '../../core/rng';
import type { Member } from '../members';
import type { OfferCatalog } from './catalog';
import { BUYER_MEMOS, SELLER_MEMOS, SUPPLIERS, type Supplier } from './dictionary';
import { mobile } from './ids';
import { type Offer, type Order, type OrderItem, type Party, SHIPPED_STATUSES } from './model';
import { unitPriceFen } from './offers';
import type { SeededOrderSet } from './order-set';
import { chineseName, fictionalBuyer, receiver } from './people';
import { makeShipment } from './shipment';

export function memberParty(m: Member): Party {
  return {
    memberId: m.memberId,
    loginId: m.loginId,
    userId: m.userId,
    companyName: m.companyName,
    contactName: m.contactName,
    mobile: m.mobile,
  };
}

function supplierParty(rng: Rng, s: Supplier): Party {
  return {
    memberId: s.memberId,
    loginId: s.loginId,
    userId: s.userId,
    companyName: s.companyName,
    contactName: chineseName(rng),
    mobile: mobile(rng),
  };
}

/** Sub-order ids are big too; derived from the order id so each line's is unique and odd. */
export function subItemIdFor(orderId: string, line: number): string {
  return String(BigInt(orderId) + BigInt(2 * (line + 1)));
}

export function orderLine(rng: Rng, orderId: string, line: number, offer: Offer, quantity: number): OrderItem {
  const sku = offer.skus.length ? rng.pick(offer.skus) : undefined;
  const priceFen = unitPriceFen(offer, sku, quantity);
  return {
    subItemId: subItemIdFor(orderId, line),
    offerId: offer.offerId,
    skuId: sku?.skuId,
    specId: sku?.specId,
    name: offer.subject,
    skuInfos: sku ? sku.attributes.map((a) => ({ name: a.name, value: a.value })) : [],
    quantity,
    unit: offer.unit,
    priceFen,
    entryDiscountFen: rng.chance(0.2) ? Math.round(priceFen * quantity * 0.05) : 0,
    cargoNumber: sku?.cargoNumber ?? offer.cargoNumber,
    image: sku?.attributes[0]?.imageUrl ?? offer.images[0],
  };
}

/**
 * Builds seeded order `index` of a set in full. Deterministic: the same seed, index and catalog
 * give the same order, so nothing but the set's columns has to be kept in memory.
 */
export function generateOrder(set: SeededOrderSet, index: number, catalog: OfferCatalog): Order {
  const orderId = set.idOf(index);
  const { status, timeline } = set.lifecycle(index);
  const rng = set.detailRng(index);
  let seller: Party;
  let buyer: Party;
  let offers: readonly Offer[];
  if (set.role === 'seller') {
    seller = memberParty(set.member);
    buyer = fictionalBuyer(rng);
    offers = catalog.bySupplier(set.member.memberId);
  } else {
    // One supplier per purchase order, as 1688 requires.
    const supplier = rng.pick(SUPPLIERS);
    seller = supplierParty(rng, supplier);
    buyer = memberParty(set.member);
    offers = catalog.bySupplier(supplier.memberId);
  }
  const lines = Math.min(offers.length, rng.int(1, 3));
  const start = rng.int(0, Math.max(0, offers.length - 1));
  const items = Array.from({ length: lines }, (_, line) => {
    const offer = offers[(start + line) % offers.length];
    const quantity = offer.minOrderQuantity * rng.int(1, 6) + rng.int(0, 4);
    return orderLine(rng, orderId, line, offer, quantity);
  });
  const to = receiver(rng);
  const firstOffer = catalog.get(items[0]?.offerId ?? '');
  const shipments =
    SHIPPED_STATUSES.has(status) && timeline.shipMs !== undefined
      ? [
          makeShipment(rng, {
            fromProvince: firstOffer?.province ?? set.member.province,
            fromCity: firstOffer?.city ?? set.member.city,
            toCity: to.city,
            toArea: to.area,
            toTown: to.town,
            shipMs: timeline.shipMs,
            receiveMs: timeline.receiveMs,
          }),
        ]
      : [];
  return {
    orderId,
    seller,
    buyer,
    status,
    createMs: set.createMs[index],
    modifyMs: timeline.modifyMs,
    payMs: timeline.payMs,
    shipMs: timeline.shipMs,
    receiveMs: timeline.receiveMs,
    completeMs: timeline.completeMs,
    closeMs: timeline.closeMs,
    closeReason: status === 'cancel' ? rng.pick(['买家不想买了', '卖家缺货', '信息填写错误，重新拍']) : undefined,
    items,
    shippingFeeFen: firstOffer?.freightFen ?? 0,
    receiver: to,
    buyerMemo: rng.chance(0.3) ? rng.pick(BUYER_MEMOS) : '',
    sellerMemo: rng.chance(0.2) ? rng.pick(SELLER_MEMOS) : '',
    buyerFeedback: rng.chance(0.25) ? rng.pick(BUYER_MEMOS) : '',
    shipments,
  };
}
