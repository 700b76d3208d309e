import type { Rng } from '../../core/rng';
import type { Member } from '../members';
import { CATEGORIES, type Category, SUPPLIERS } from './dictionary';
import { hexId } from './ids';
import type { Offer, Sku } from './model';

export interface OfferOwner {
  memberId: string;
  loginId: string;
  userId: string;
  companyName: string;
  province: string;
  city: string;
  categoryIndexes: readonly number[];
}

/** Seeded sellers' own offers per member, and each fictional supplier's. */
export const OWN_OFFERS_PER_SELLER = 24;
export const OFFERS_PER_SUPPLIER = 8;

const yuanToFen = (yuan: number) => Math.round(yuan * 100);

function cartesian(axes: Category['axes']): Array<Array<{ id: number; name: string; value: string }>> {
  let combos: Array<Array<{ id: number; name: string; value: string }>> = [[]];
  for (const axis of axes) {
    combos = combos.flatMap((c) => axis.values.map((value) => [...c, { id: axis.id, name: axis.name, value }]));
  }
  return combos;
}

function makeOffer(rng: Rng, owner: OfferOwner, offerId: string, anchorMs: number): Offer {
  const category = CATEGORIES[rng.pick(owner.categoryIndexes)];
  const basePriceFen = yuanToFen(category.price[0] + rng.next() * (category.price[1] - category.price[0]));
  const hasSkus = category.axes.length > 0;
  const quoteType: Offer['quoteType'] = hasSkus ? rng.pick([1, 2] as const) : 0;
  const minOrderQuantity = rng.pick([1, 2, 3, 5, 10]);
  const priceRanges =
    quoteType === 1
      ? []
      : [
          { startQuantity: minOrderQuantity, priceFen: basePriceFen },
          { startQuantity: 50, priceFen: Math.round(basePriceFen * 0.95) },
          { startQuantity: 200, priceFen: Math.round(basePriceFen * 0.9) },
        ];
  const imageBase = `img/ibank/O1CN01${hexId(rng, 12)}`;
  const skus: Sku[] = hasSkus
    ? cartesian(category.axes).map((attrs, i) => ({
        skuId: `5${rng.digits(12)}`,
        specId: hexId(rng),
        attributes: attrs.map((a, j) => ({
          attributeId: a.id,
          name: a.name,
          value: a.value,
          // The first axis (colour/style) carries the SKU photo, as on 1688.
          ...(j === 0 ? { imageUrl: `${imageBase}_sku${i}.jpg` } : {}),
        })),
        priceFen: quoteType === 1 ? basePriceFen + rng.int(0, 4) * 50 : basePriceFen,
        amountOnSale: rng.chance(0.08) ? 0 : rng.int(20, 5000),
        cargoNumber: `${category.categoryId % 1000}-${i + 1}`,
      }))
    : [];
  const title = rng.pick(category.titles);
  const year = new Date(anchorMs).getUTCFullYear();
  const created = anchorMs - rng.int(30, 700) * 86_400_000;
  return {
    offerId,
    supplierMemberId: owner.memberId,
    supplierLoginId: owner.loginId,
    supplierUserId: owner.userId,
    companyName: owner.companyName,
    subject: rng.chance(0.5) ? `${year}${title}` : `厂家直销${title}`,
    description: `<p>${title}</p><p>产地：${owner.province}${owner.city}，支持一件代发，量大从优。</p>`,
    categoryId: category.categoryId,
    categoryName: category.name,
    status: 'published',
    unit: category.unit,
    minOrderQuantity,
    quoteType,
    mixWholeSale: hasSkus,
    priceRanges,
    skus,
    amountOnSale: hasSkus ? skus.reduce((s, k) => s + k.amountOnSale, 0) : rng.int(50, 9000),
    images: [`${imageBase}_1.jpg`, `${imageBase}_2.jpg`, `${imageBase}_3.jpg`],
    province: owner.province,
    city: owner.city,
    weightKg:
      Math.round((category.weightKg[0] + rng.next() * (category.weightKg[1] - category.weightKg[0])) * 100) / 100,
    freightFen: rng.pick([0, 400, 500, 600, 800]),
    cargoNumber: `ZM${rng.digits(5)}`,
    createMs: created,
    modifyMs: created + rng.int(0, 20) * 86_400_000,
  };
}

export function memberAsOwner(m: Member): OfferOwner {
  // Seeded sellers sell clothing and household goods; the category mix is fixed per member.
  const categoryIndexes = m.role === 'both' ? [1, 5, 6] : [0, 3];
  return { ...m, categoryIndexes };
}

/** All offers on the sandbox: the seeded sellers' own and the fictional suppliers'. */
export function generateOffers(rng: Rng, sellers: readonly Member[], anchorMs: number): Map<string, Offer> {
  const offers = new Map<string, Offer>();
  const owners: Array<[OfferOwner, number]> = [
    ...sellers.map((m) => [memberAsOwner(m), OWN_OFFERS_PER_SELLER] as [OfferOwner, number]),
    ...SUPPLIERS.map((s) => [s, OFFERS_PER_SUPPLIER] as [OfferOwner, number]),
  ];
  for (const [owner, count] of owners) {
    for (let i = 0; i < count; i++) {
      let offerId = `${rng.pick(['6', '7'])}${rng.digits(11)}`;
      while (offers.has(offerId)) offerId = `${rng.pick(['6', '7'])}${rng.digits(11)}`;
      offers.set(offerId, makeOffer(rng, owner, offerId, anchorMs));
    }
  }
  return offers;
}

/** The unit price the supplier charges for `quantity` units of an offer (and SKU), in fen. */
export function unitPriceFen(offer: Offer, sku: Sku | undefined, offerQuantity: number): number {
  if (offer.quoteType === 1 && sku) return sku.priceFen;
  let price = offer.priceRanges[0]?.priceFen ?? sku?.priceFen ?? 0;
  for (const range of offer.priceRanges) if (offerQuantity >= range.startQuantity) price = range.priceFen;
  return price;
}
