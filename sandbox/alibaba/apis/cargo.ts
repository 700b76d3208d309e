import type { OfferCatalog } from '../data/catalog';
import type { Offer, Receiver, Sku } from '../data/model';
import { unitPriceFen } from '../data/offers';
import { ParamError } from '../gateway/errors';
import type { Params } from '../gateway/params';

/** One validated cargoParamList entry, priced. */
export interface PricedLine {
  offer: Offer;
  sku?: Sku;
  quantity: number;
  unitFen: number;
}

/** A purchase split by supplier (one order per supplier, as 1688 requires). */
export interface SupplierGroup {
  supplierMemberId: string;
  lines: PricedLine[];
  goodsFen: number;
  carriageFen: number;
}

export class CargoError {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly offerId?: string,
    readonly specId?: string,
  ) {}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '';

/** addressParam (JSON): a text address; no address-book lookup in the sandbox. */
export function readAddress(params: Params): Receiver | CargoError {
  const a = params.requireJson('addressParam');
  if (!isObject(a)) throw new ParamError('type', 'addressParam');
  const r: Receiver = {
    fullName: text(a.fullName),
    mobile: text(a.mobile),
    phone: text(a.phone),
    province: text(a.provinceText),
    city: text(a.cityText),
    area: text(a.areaText),
    town: text(a.townText),
    address: text(a.address),
    zip: text(a.postCode),
    divisionCode: text(a.districtCode),
  };
  if (!r.fullName) return new CargoError('ADDRESS_INVALID', '收货人姓名不能为空');
  if (!r.mobile && !r.phone) return new CargoError('ADDRESS_INVALID', '收货人手机和电话不能同时为空');
  if (r.phone && !/^\d+$/.test(r.phone)) return new CargoError('ADDRESS_INVALID', '电话号码只能包含数字');
  if (!r.province || !r.city) return new CargoError('ADDRESS_INVALID', '收货地址省市不能为空');
  if (!r.address) return new CargoError('ADDRESS_INVALID', '详细地址不能为空');
  if (r.address.length > 200) return new CargoError('ADDRESS_INVALID', '详细地址不能超过200个字符');
  return r;
}

/**
 * cargoParamList (JSON `[{offerId, specId, quantity}]`): checks orderability as preview does —
 * offer exists and is on sale, not the buyer's own, spec required when the offer has SKUs, stock,
 * and the minimum order quantity per offer (mixed SKUs count together) — then prices each line
 * with the quantity tier it reaches.
 */
export function readCargo(params: Params, catalog: OfferCatalog, buyerMemberId: string): PricedLine[] | CargoError {
  const list = params.requireJson('cargoParamList');
  if (!Array.isArray(list) || list.length === 0) throw new ParamError('type', 'cargoParamList');
  const lines: Array<Omit<PricedLine, 'unitFen'>> = [];
  for (const entry of list) {
    if (!isObject(entry)) throw new ParamError('type', 'cargoParamList');
    const offerId = text(entry.offerId);
    const specId = text(entry.specId);
    const quantity = Number(entry.quantity);
    if (!/^\d+$/.test(offerId) || !Number.isInteger(quantity) || quantity < 1)
      throw new ParamError('type', 'cargoParamList');
    const offer = catalog.get(offerId);
    if (offer?.status !== 'published') {
      return new CargoError('OFFER_NOT_EXIST', `商品[${offerId}]不存在或已下架`, offerId, specId);
    }
    if (offer.supplierMemberId === buyerMemberId)
      return new CargoError('BUY_SELF_OFFER', '不能购买自己的商品', offerId, specId);
    let sku: Sku | undefined;
    if (offer.skus.length) {
      if (!specId) return new CargoError('SPEC_REQUIRED', `商品[${offerId}]有多个规格，specId不能为空`, offerId);
      sku = offer.skus.find((s) => s.specId === specId);
      if (!sku) return new CargoError('SPEC_NOT_EXIST', `规格[${specId}]不存在`, offerId, specId);
    }
    const stock = sku ? sku.amountOnSale : offer.amountOnSale;
    if (stock < quantity)
      return new CargoError('STOCK_NOT_ENOUGH', `商品[${offerId}]库存不足，可售${stock}`, offerId, specId);
    lines.push({ offer, sku, quantity });
  }
  const perOffer = new Map<string, number>();
  for (const l of lines) perOffer.set(l.offer.offerId, (perOffer.get(l.offer.offerId) ?? 0) + l.quantity);
  for (const [offerId, qty] of perOffer) {
    const offer = catalog.get(offerId)!;
    if (qty < offer.minOrderQuantity) {
      return new CargoError(
        'LESS_THAN_MIN_ORDER',
        `商品[${offerId}]购买数量不能低于起批量${offer.minOrderQuantity}`,
        offerId,
      );
    }
  }
  return lines.map((l) => ({ ...l, unitFen: unitPriceFen(l.offer, l.sku, perOffer.get(l.offer.offerId)!) }));
}

export function groupBySupplier(lines: PricedLine[]): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>();
  for (const line of lines) {
    const id = line.offer.supplierMemberId;
    const g = groups.get(id) ?? { supplierMemberId: id, lines: [], goodsFen: 0, carriageFen: 0 };
    g.lines.push(line);
    g.goodsFen += line.unitFen * line.quantity;
    // Flat per-order freight: the dearest template among the supplier's offers in the order.
    g.carriageFen = Math.max(g.carriageFen, line.offer.freightFen);
    groups.set(id, g);
  }
  return [...groups.values()];
}
