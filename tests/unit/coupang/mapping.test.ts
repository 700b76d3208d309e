import { describe, expect, it } from 'vitest';
import { mapOrdersheet, shipByOf, workStateOf } from '../../../utils/background/coupang/orders/mapping';
import { type Ordersheet, ordersheetSchema } from '../../../utils/background/coupang/orders/schemas';
import { parseLosslessJson } from '../../../utils/background/net/lossless-json';
import { BOX_A, ordersheetV5 } from './fixtures';

function sheet(options: Parameters<typeof ordersheetV5>[0] = {}): Ordersheet {
  return ordersheetSchema.parse(parseLosslessJson(ordersheetV5(options)));
}

const item = (fields: string) => `{"vendorItemId":1,"shippingCount":1,"salesPrice":1000,"orderPrice":1000,${fields}}`;

describe('status → workState', () => {
  it.each([
    ['ACCEPT', 'new'],
    ['INSTRUCT', 'toShip'],
    ['DEPARTURE', 'awaitingPickup'],
    ['DELIVERING', 'inTransit'],
    ['NONE_TRACKING', 'inTransit'],
    ['FINAL_DELIVERY', 'delivered'],
    ['SOMETHING_NEW', 'other'],
  ])('%s → %s', (status, state) => {
    expect(workStateOf(sheet({ status }))).toBe(state);
  });

  it('a cancel Coupang is holding (holdCountForCancel) before shipment → cancelRequested', () => {
    const s = sheet({ status: 'INSTRUCT', itemsJson: `[${item('"holdCountForCancel":1')}]` });
    expect(workStateOf(s)).toBe('cancelRequested');
    // After shipment a held count is not a stop-shipment case any more.
    expect(workStateOf(sheet({ status: 'DELIVERING', itemsJson: `[${item('"holdCountForCancel":1')}]` }))).toBe(
      'inTransit',
    );
  });

  it('an open stop-shipment request known to the caller → cancelRequested', () => {
    expect(mapOrdersheet(sheet({ status: 'INSTRUCT' }), { vendorId: 'A1', cancelRequested: true }).workState).toBe(
      'cancelRequested',
    );
  });

  it('every item cancelled → cancelled (flag or full cancelCount)', () => {
    expect(workStateOf(sheet({ itemsJson: `[${item('"canceled":true')}]` }))).toBe('cancelled');
    expect(workStateOf(sheet({ itemsJson: `[${item('"cancelCount":1')}, ${item('"canceled":false')}]` }))).toBe('new');
    expect(workStateOf(sheet({ itemsJson: `[${item('"cancelCount":1')}]` }))).toBe('cancelled');
  });
});

describe('shipBy', () => {
  it('earliest planned-or-estimated date of live items, end of that KST day', () => {
    const s = sheet({
      status: 'INSTRUCT',
      itemsJson: `[${item('"estimatedShippingDate":"2025-07-18"')},${item('"estimatedShippingDate":"2025-07-19","plannedShippingDate":"2025-07-17"')},${item('"estimatedShippingDate":"2025-07-10","canceled":true')}]`,
    });
    expect(shipByOf(s)).toBe('2025-07-17T23:59:59+09:00');
  });

  it('absent once shipped or when no date is given', () => {
    expect(shipByOf(sheet({ status: 'DEPARTURE' }))).toBeUndefined();
    expect(shipByOf(sheet({ itemsJson: `[${item('"estimatedShippingDate":""')}]` }))).toBeUndefined();
  });
});

describe('mapping details', () => {
  it('v4 plain-number money and offset-less dates are KST; shipped fields fill shipping and timeline', () => {
    const v4 = `{"shipmentBoxId":${BOX_A},"orderId":9000000001,"orderedAt":"2025-07-15T10:20:30","paidAt":"2025-07-15 10:21:00",
      "status":"FINAL_DELIVERY","receiver":{"name":"박**","safeNumber":"0504-1111-2222","addr1":"부산","addr2":"1동","postCode":"48058"},
      "shippingPrice":2500,"remotePrice":3000,
      "orderItems":[{"vendorItemId":5,"sellerProductName":"양말","shippingCount":3,"salesPrice":3000,"orderPrice":9000,
        "invoiceNumberUploadDate":"2025-07-16T09:00:00","confirmDate":"2025-07-20 12:00:00"},
        {"vendorItemId":5,"sellerProductName":"양말","shippingCount":1,"salesPrice":3000}],
      "overseaShippingInfoDto":{"personalCustomsClearanceCode":"P123456789012"},
      "deliveryCompanyName":"CJ 대한통운","invoiceNumber":"123456789012",
      "inTrasitDateTime":"2025-07-16T15:00:00","deliveredDate":"2025-07-17T11:30:00"}`;
    const order = mapOrdersheet(ordersheetSchema.parse(parseLosslessJson(v4)), { vendorId: 'A00012345' });
    expect(order.shipmentId).toBe(BOX_A);
    expect(order.orderId).toBe('9000000001');
    expect(order.workState).toBe('delivered');
    expect(order.shipBy).toBeUndefined();
    expect(order.shippingFee).toEqual({ currency: 'KRW', minor: 5500 });
    // 9000 + 3000·1 (no orderPrice: unit × count) + 5500 shipping
    expect(order.total).toEqual({ currency: 'KRW', minor: 17500 });
    expect(order.lines.map((l) => l.lineId)).toEqual(['5', '5#2']);
    expect(order.recipient.customsCode).toBe('P123456789012');
    expect(order.shipping).toEqual({
      courierName: 'CJ 대한통운',
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
      shippedAt: '2025-07-16T15:00:00+09:00',
      deliveredAt: '2025-07-17T11:30:00+09:00',
    });
    expect(order.timeline.map((e) => `${e.label}@${e.at}`)).toEqual([
      'ordered@2025-07-15T10:20:30+09:00',
      'paid@2025-07-15T10:21:00+09:00',
      'invoiceUploaded@2025-07-16T09:00:00+09:00',
      'shipped@2025-07-16T15:00:00+09:00',
      'delivered@2025-07-17T11:30:00+09:00',
      'purchaseConfirmed@2025-07-20T12:00:00+09:00',
    ]);
  });

  it('converts any response offset to KST', () => {
    const s = sheet({ extra: '' });
    const other = ordersheetSchema.parse(
      parseLosslessJson(ordersheetV5().replace('2025-07-15T10:20:30.123456+09:00', '2025-07-15T10:20:30.999999-08:00')),
    );
    expect(s.orderedAt).toBe('2025-07-15T10:20:30+09:00');
    expect(other.orderedAt).toBe('2025-07-16T03:20:30+09:00');
  });

  it('rejects a non-KRW money object and an unparsable date as schema issues', () => {
    const usd = ordersheetV5().replace('{"currencyCode":"KRW","units":3000', '{"currencyCode":"USD","units":3000');
    expect(usd).toContain('USD');
    expect(ordersheetSchema.safeParse(parseLosslessJson(usd)).success).toBe(false);
    const badDate = ordersheetV5().replace('2025-07-15T10:20:30.123456+09:00', '15/07/2025');
    const result = ordersheetSchema.safeParse(parseLosslessJson(badDate));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['orderedAt']);
  });
});

describe('recipient phone', () => {
  it('stores the safe number as Wing writes it, whatever shape the API gave', () => {
    const e164 = ordersheetV5().replace('"0503-9876-5432"', '"+8250398765432"');
    const s = ordersheetSchema.parse(parseLosslessJson(e164));
    expect(mapOrdersheet(s, { vendorId: 'A1' }).recipient.phone).toBe('0503-9876-5432');
    expect(mapOrdersheet(sheet(), { vendorId: 'A1' }).recipient.phone).toBe('0503-9876-5432');
  });
});
