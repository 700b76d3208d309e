import type { OrderRecord, VendorItem } from '../data/model';
import type { CoupangStore, VendorData } from '../data/store';
import { toBigId, toInt } from '../request';
import { type BatchItem, failed, ok } from './batch';
import { receiverOf } from './render';
import { allLinesMask, isFullyCanceled, orderStatus, type TransitSettings } from './state';

/**
 * Seller actions on boxes, one box at a time; the routes collect the per-box results into batch
 * answers. Result codes and messages are the article tables' (reference §4.4).
 */
const CANNOT_CHANGE = '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.';

export function findBox(store: CoupangStore, vd: VendorData, id: bigint | null): OrderRecord | null {
  if (id === null) return null;
  const box = store.box(id);
  return box && box.vendorIdx === vd.idx ? box : null;
}

/** ACCEPT → INSTRUCT. */
export function acknowledge(
  store: CoupangStore,
  vd: VendorData,
  raw: unknown,
  now: number,
  s: TransitSettings,
): BatchItem {
  const id = toBigId(raw);
  const box = findBox(store, vd, id);
  const shown = id ?? String(raw);
  if (!box) return failed(shown, 'NOT_FOUND_SHIPMENT_BOX', `shipmentBoxId (${shown}) is not found.`, true);
  if (isFullyCanceled(box) || box.returnedComplete || box.holdMask)
    return failed(box.shipmentBoxId, 'ORDER_DELIVERY_CANCELED', CANNOT_CHANGE);
  if (orderStatus(box, now, s) !== 'ACCEPT') return failed(box.shipmentBoxId, 'INVALID_STATUS', CANNOT_CHANGE);
  box.ackAt = now;
  return ok(box.shipmentBoxId, 'request succeeded.');
}

export interface InvoiceDto {
  raw: Record<string, unknown>;
  shipmentBoxId: bigint | null;
  orderId: number | null;
  vendorItemId: number | null;
  deliveryCompanyCode: string;
  invoiceNumber: string;
  splitShipping: boolean;
}

function hasItem(box: OrderRecord, vendorItemId: number | null): boolean {
  const items: Array<VendorItem | null> = [box.item0, box.item1];
  return vendorItemId !== null && items.some((i) => i?.vendorItemId === vendorItemId);
}

function invoiceKey(courier: string, invoice: string): string {
  return `${courier}:${invoice}`;
}

/** The same invoice within 6 months is refused unless it goes to the same recipient (not for DIRECT). */
function reusedByOther(store: CoupangStore, box: OrderRecord, dto: InvoiceDto): boolean {
  if (dto.deliveryCompanyCode === 'DIRECT') return false;
  const owner = store.invoiceOwners.get(invoiceKey(dto.deliveryCompanyCode, dto.invoiceNumber));
  if (!owner || owner === box) return false;
  const a = receiverOf(owner);
  const b = receiverOf(box);
  return a.name !== b.name || a.addr1 !== b.addr1 || a.addr2 !== b.addr2;
}

/** Problems shared by upload and update, checked before the status. */
function dtoProblem(store: CoupangStore, box: OrderRecord, dto: InvoiceDto): BatchItem | null {
  const id = box.shipmentBoxId;
  if (dto.orderId !== null && dto.orderId !== box.orderId)
    return failed(id, 'NOT_FOUND_SHIPMENT_BOX', '존재하지 않는 송장번호입니다.');
  if (!hasItem(box, dto.vendorItemId))
    return failed(id, 'NOT_FOUND_VENDOR_ITEM', '합포장건 중 누락된 상품이 있습니다.');
  if (dto.splitShipping && dto.deliveryCompanyCode === 'DIRECT')
    return failed(id, 'NOT_ALLOW_VENDOR_DIRECT', '업체직송은 분리배송 할 수 없습니다.');
  if (dto.splitShipping && !box.item1)
    return failed(id, 'NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM', '상품이 한가지인 경우 분리배송 할 수 없습니다.');
  if (reusedByOther(store, box, dto))
    return failed(
      id,
      'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD',
      '이미 저장된 송장번호가 있어, 송장번호 등록이 불가능합니다. (동일송장번호 업로드 조건 : 주문자/수취인정보 동일)',
    );
  return null;
}

function ship(store: CoupangStore, box: OrderRecord, dto: InvoiceDto, now: number): void {
  if (box.courier) store.invoiceOwners.delete(invoiceKey(box.courier, box.invoiceNumber));
  box.shippedAt = now;
  box.deliveredOverrideAt = 0;
  box.courier = dto.deliveryCompanyCode;
  box.invoiceNumber = dto.invoiceNumber;
  store.invoiceOwners.set(invoiceKey(dto.deliveryCompanyCode, dto.invoiceNumber), box);
}

/** INSTRUCT → DEPARTURE (or NONE_TRACKING with courier DIRECT). */
export function uploadInvoice(
  store: CoupangStore,
  vd: VendorData,
  dto: InvoiceDto,
  now: number,
  s: TransitSettings,
): BatchItem {
  const box = findBox(store, vd, dto.shipmentBoxId);
  if (!box) return failed(dto.shipmentBoxId ?? 0, 'NOT_FOUND_SHIPMENT_BOX', '존재하지 않는 송장번호입니다.');
  if (isFullyCanceled(box) || box.returnedComplete)
    return failed(box.shipmentBoxId, 'ORDER_DELIVERY_CANCELED', '취소된 주문건입니다.');
  if (box.holdMask)
    return box.holdMask === allLinesMask(box)
      ? failed(box.shipmentBoxId, 'ORDER_DELIVERY_CANCELED', '출고중지 요청건입니다.')
      : failed(box.shipmentBoxId, 'ORDER_DELIVERY_PARTIAL_STOP_REQUESTED', '출고중지 요청건입니다.', true);
  const problem = dtoProblem(store, box, dto);
  if (problem) return problem;
  if (orderStatus(box, now, s) !== 'INSTRUCT')
    return failed(box.shipmentBoxId, 'INVALID_STATUS', '배송진행상태가 유효하지 않습니다.');
  ship(store, box, dto, now);
  return ok(box.shipmentBoxId, null);
}

const UPDATABLE = new Set(['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);

/** Corrects an uploaded invoice; the box goes back to DEPARTURE and tracking starts over. */
export function updateInvoice(
  store: CoupangStore,
  vd: VendorData,
  dto: InvoiceDto,
  now: number,
  s: TransitSettings,
): BatchItem {
  const box = findBox(store, vd, dto.shipmentBoxId);
  if (!box) return failed(dto.shipmentBoxId ?? 0, 'NOT_FOUND_SHIPMENT_BOX', '존재하지 않는 송장번호입니다.');
  if (isFullyCanceled(box) || box.returnedComplete)
    return failed(box.shipmentBoxId, 'ORDER_DELIVERY_CANCELED', '취소된 주문건입니다.');
  const problem = dtoProblem(store, box, dto);
  if (problem) return problem;
  if (!UPDATABLE.has(orderStatus(box, now, s)))
    return failed(box.shipmentBoxId, 'INVALID_STATUS', '배송진행상태가 유효하지 않습니다.');
  ship(store, box, dto, now);
  return ok(box.shipmentBoxId, null);
}

export function toInvoiceDto(raw: Record<string, unknown>): InvoiceDto {
  const split = raw.splitShipping;
  return {
    raw,
    shipmentBoxId: toBigId(raw.shipmentBoxId),
    orderId: toInt(raw.orderId),
    vendorItemId: toInt(raw.vendorItemId),
    deliveryCompanyCode: typeof raw.deliveryCompanyCode === 'string' ? raw.deliveryCompanyCode : '',
    invoiceNumber:
      typeof raw.invoiceNumber === 'string' ||
      typeof raw.invoiceNumber === 'number' ||
      typeof raw.invoiceNumber === 'bigint'
        ? String(raw.invoiceNumber).trim()
        : '',
    // The update sample sends "False" as a string; Jackson reads it case-insensitively.
    splitShipping: split === true || (typeof split === 'string' && split.toLowerCase() === 'true'),
  };
}
