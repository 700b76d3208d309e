import { describe, expect, it } from 'vitest';
import { setup, V4, V5 } from './helpers';

const HOUR = 3600_000;

async function freshOrders(control: ReturnType<typeof setup>['control'], vendorId: string, n: number, extra = {}) {
  const out: Array<{ shipmentBoxId: string; orderId: string; vendorItemId: string }> = [];
  for (let i = 0; i < n; i++) {
    const res = await control('POST', '/orders', { vendorId, ...extra });
    expect(res.status).toBe(201);
    out.push({ ...res.json, vendorItemId: res.json.items[0].vendorItemId });
  }
  return out;
}

function invoiceDto(
  box: { shipmentBoxId: string; orderId: string; vendorItemId: string },
  invoiceNumber: string,
  courier = 'CJGLS',
) {
  return {
    shipmentBoxId: BigInt(box.shipmentBoxId),
    orderId: Number(box.orderId),
    vendorItemId: Number(box.vendorItemId),
    deliveryCompanyCode: courier,
    invoiceNumber,
    splitShipping: false,
    preSplitShipped: false,
    estimatedShippingDate: '',
  };
}

describe('order state machine', () => {
  it('acknowledges ACCEPT boxes with per-box results; a second acknowledgement is INVALID_STATUS', async () => {
    const { vendorA, call, control } = setup();
    const [a, b] = await freshOrders(control, vendorA.vendorId, 2);
    const ackPath = `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`;
    const first = await call(vendorA, 'PUT', ackPath, {
      vendorId: vendorA.vendorId,
      // One bare 18-digit number, one quoted, one unknown box.
      shipmentBoxIds: [BigInt(a.shipmentBoxId), b.shipmentBoxId, 642538970999999999n],
    });
    expect(first.status).toBe(200);
    expect(first.json.code).toBe('200');
    expect(first.json.data.responseCode).toBe(1);
    expect(first.json.data.responseKey).toBeTypeOf('bigint');
    expect(first.json.data.responseList.map((r: { resultCode: string }) => r.resultCode)).toEqual([
      'OK',
      'OK',
      'NOT_FOUND_SHIPMENT_BOX',
    ]);
    expect(first.json.data.responseList[0].shipmentBoxId).toBe(BigInt(a.shipmentBoxId));
    expect((await control('GET', `/orders/${a.shipmentBoxId}`)).json.status).toBe('INSTRUCT');

    const again = await call(vendorA, 'PATCH', `${V5}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(a.shipmentBoxId)],
    });
    expect(again.status).toBe(200);
    expect(again.json.data.responseCode).toBe(99);
    expect(again.json.data.responseList[0]).toMatchObject({
      succeed: false,
      resultCode: 'INVALID_STATUS',
      retryRequired: false,
      resultMessage: '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.',
    });
  });

  it('refuses more than 50 boxes per acknowledgement', async () => {
    const { vendorA, call } = setup();
    const res = await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: Array.from({ length: 51 }, (_, i) => 642538970000000001n + BigInt(i) * 1000n),
    });
    expect(res.status).toBe(400);
  });

  it('moves INSTRUCT → DEPARTURE on invoice, then DELIVERING and FINAL_DELIVERY with the business clock', async () => {
    const { ctx, vendorA, call, control } = setup();
    ctx.settings.coupangDepartureToDeliveringMs = 2 * HOUR;
    ctx.settings.coupangDeliveringToFinalMs = 10 * HOUR;
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    const invoices = `${V4}/${vendorA.vendorId}/orders/invoices`;

    const early = await call(vendorA, 'POST', invoices, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '123456789012')],
    });
    expect(early.status).toBe(200);
    expect(early.json.data).toMatchObject({ responseCode: 99, responseMessage: 'FAILED' });
    expect(early.json.data.responseList[0].resultCode).toBe('INVALID_STATUS');

    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    const ok = await call(vendorA, 'POST', invoices, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '123456789012')],
    });
    expect(ok.json.data).toMatchObject({ responseCode: 0, responseMessage: 'SUCCESS' });
    const read = async () =>
      (await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`)).json.data;
    expect((await read()).status).toBe('DEPARTURE');
    expect((await read()).invoiceNumber).toBe('123456789012');
    expect((await read()).deliveryCompanyName).toBe('CJ 대한통운');

    ctx.clock.advance(2 * HOUR + 1);
    expect((await read()).status).toBe('DELIVERING');
    ctx.clock.advance(10 * HOUR);
    const delivered = await read();
    expect(delivered.status).toBe('FINAL_DELIVERY');
    expect(delivered.deliveredDate).toMatch(/\+09:00$/);

    const history = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}/history`);
    expect(history.json.data.details.map((d: { deliveryStatus: string }) => d.deliveryStatus)).toEqual([
      'ACCEPT',
      'INSTRUCT',
      'DEPARTURE',
      'DELIVERING',
      'FINAL_DELIVERY',
    ]);

    // Correcting the invoice puts the box back to DEPARTURE.
    const update = await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/orders/updateInvoices`, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '223456789012')],
    });
    expect(update.json.code).toBe(200);
    expect(update.json.data.responseCode).toBe(0);
    expect((await read()).status).toBe('DEPARTURE');
  });

  it('rejects malformed invoice numbers and unknown couriers for the whole request (HTTP 400)', async () => {
    const { vendorA, call, control } = setup();
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    const invoices = `${V4}/${vendorA.vendorId}/orders/invoices`;
    const letters = await call(vendorA, 'POST', invoices, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '6257-6112-10')],
    });
    expect(letters.status).toBe(400);
    expect(letters.json.message).toContain('InvoiceNumber must be number.');
    const length = await call(vendorA, 'POST', invoices, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '62551632')],
    });
    expect(length.json.message).toContain('CJ 대한통운의 송장번호 형식에 맞지않는 운송장 번호 입니다.');
    const courier = await call(vendorA, 'POST', invoices, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '123456789012', 'NOPE')],
    });
    expect(courier.json.message).toBe('invalid delivery company code: NOPE');
  });

  it('treats courier DIRECT as NONE_TRACKING that never advances', async () => {
    const { ctx, vendorA, call, control } = setup();
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/orders/invoices`, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '20200203', 'DIRECT')],
    });
    ctx.clock.advance(30 * 24 * HOUR);
    expect((await control('GET', `/orders/${box.shipmentBoxId}`)).json.status).toBe('NONE_TRACKING');
  });

  it('refuses an invoice number already used for a different recipient', async () => {
    const { vendorA, call, control } = setup();
    const [a, b] = await freshOrders(control, vendorA.vendorId, 2);
    await control('PATCH', `/orders/${b.shipmentBoxId}`, {
      receiver: { name: '다른사람', addr1: '부산광역시 해운대구 해운대로 1' },
    });
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(a.shipmentBoxId), BigInt(b.shipmentBoxId)],
    });
    const res = await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/orders/invoices`, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(a, '555566667777'), invoiceDto(b, '555566667777')],
    });
    expect(res.json.data.responseCode).toBe(1);
    expect(res.json.data.responseList[1].resultCode).toBe('NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD');
  });

  it('shows a buyer address change made before acknowledgement when the box is re-read', async () => {
    const { vendorA, call, control } = setup();
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    const boxPath = `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`;
    const before = (await call(vendorA, 'GET', boxPath)).json.data.receiver;
    await control('PATCH', `/orders/${box.shipmentBoxId}`, {
      receiver: { addr1: '경기도 성남시 분당구 판교역로 235', addr2: '에이치스퀘어 N동 8층', postCode: '13494' },
    });
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    const after = (await call(vendorA, 'GET', boxPath)).json.data.receiver;
    expect(after.addr1).toBe('경기도 성남시 분당구 판교역로 235');
    expect(after.postCode).toBe('13494');
    expect(after.name).toBe(before.name);
  });

  it('cancels an ACCEPT box at once when the buyer cancels (it leaves the lists)', async () => {
    const { ctx, vendorA, call, control } = setup();
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    const cancel = await control('POST', `/orders/${box.shipmentBoxId}/cancel-request`);
    expect(cancel.json).toMatchObject({ receiptType: 'CANCEL', receiptStatus: 'RETURNS_COMPLETED' });
    const ack = await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    expect(ack.json.data.responseList[0]).toMatchObject({ succeed: false, resultCode: 'ORDER_DELIVERY_CANCELED' });
    const read = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`);
    expect(read.status).toBe(400);
    expect(read.json.message).toBe('해당 주문이 취소 또는 반품되었습니다.');
    const day = new Date(ctx.clock.now() + 9 * HOUR).toISOString().slice(0, 10);
    const cancels = await call(
      vendorA,
      'GET',
      `/v2/providers/openapi/apis/api/v6/vendors/${vendorA.vendorId}/returnRequests?createdAtFrom=${day}&createdAtTo=${day}&cancelType=CANCEL`,
    );
    expect(cancels.json.data.map((r: { receiptId: number }) => String(r.receiptId))).toContain(cancel.json.receiptId);
  });

  it('turns a buyer cancel after acknowledgement into a stop-shipment request (RU) that blocks the invoice', async () => {
    const { ctx, vendorA, call, control } = setup();
    const [box, other] = await freshOrders(control, vendorA.vendorId, 2);
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId), BigInt(other.shipmentBoxId)],
    });
    const request = await control('POST', `/orders/${box.shipmentBoxId}/cancel-request`);
    expect(request.json).toMatchObject({ receiptType: 'RETURN', receiptStatus: 'RELEASE_STOP_UNCHECKED' });
    const sheet = (await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`)).json.data;
    expect(sheet.status).toBe('INSTRUCT');
    expect(sheet.orderItems[0].holdCountForCancel).toBe(sheet.orderItems[0].shippingCount);

    const day = new Date(ctx.clock.now() + 9 * HOUR).toISOString().slice(0, 10);
    const ru = await call(
      vendorA,
      'GET',
      `/v2/providers/openapi/apis/api/v6/vendors/${vendorA.vendorId}/returnRequests?createdAtFrom=${day}&createdAtTo=${day}&status=RU`,
    );
    const receipt = ru.json.data.find((r: { receiptId: number }) => String(r.receiptId) === request.json.receiptId);
    expect(receipt).toMatchObject({ receiptStatus: 'RELEASE_STOP_UNCHECKED', releaseStopStatus: '미처리' });
    expect(receipt.returnItems[0].shipmentBoxId).toBe(BigInt(box.shipmentBoxId));

    const invoice = await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/orders/invoices`, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '123456789012'), invoiceDto(other, '123456789013')],
    });
    expect(invoice.json.data.responseCode).toBe(1);
    expect(invoice.json.data.responseList[0]).toMatchObject({ resultCode: 'ORDER_DELIVERY_CANCELED', succeed: false });

    // The other box shipped; this one is stopped with the receipt's total count.
    const stopPath = `${V4}/${vendorA.vendorId}/returnRequests/${request.json.receiptId}/stoppedShipment`;
    const wrong = await call(vendorA, 'PUT', stopPath, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
      cancelCount: 99,
    });
    expect(wrong.status).toBe(400);
    const stop = await call(vendorA, 'PUT', stopPath, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
      cancelCount: receipt.cancelCountSum,
    });
    expect(stop.json).toMatchObject({ code: '200', data: { resultCode: 'SUCCESS' } });
    expect((await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`)).status).toBe(400);
  });

  it('runs a return through receipt confirmation and approval; the box then leaves the lists', async () => {
    const { ctx, vendorA, call, control } = setup();
    const [box] = await freshOrders(control, vendorA.vendorId, 1);
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/orders/invoices`, {
      vendorId: vendorA.vendorId,
      orderSheetInvoiceApplyDtos: [invoiceDto(box, '300000000012')],
    });
    ctx.clock.advance(40 * HOUR);
    const request = await control('POST', `/orders/${box.shipmentBoxId}/cancel-request`);
    expect(request.json.receiptStatus).toBe('RETURNS_UNCHECKED');
    const base = `${V4}/${vendorA.vendorId}/returnRequests/${request.json.receiptId}`;
    const early = await call(vendorA, 'PUT', `${base}/approval`, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
      cancelCount: 1,
    });
    expect(early.status).toBe(400);
    const received = await call(vendorA, 'PUT', `${base}/receiveConfirmation`, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
    });
    expect(received.json).toEqual({ code: '200', message: 'OK' });
    const single = await call(
      vendorA,
      'GET',
      `/v2/providers/openapi/apis/api/v6/vendors/${vendorA.vendorId}/returnRequests/${request.json.receiptId}`,
    );
    expect(single.json.data[0].receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
    const count = single.json.data[0].cancelCountSum;
    const approved = await call(vendorA, 'PATCH', `${base}/approval`, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
      cancelCount: count,
    });
    expect(approved.json.code).toBe('200');
    const again = await call(vendorA, 'PUT', `${base}/approval`, {
      vendorId: vendorA.vendorId,
      receiptId: Number(request.json.receiptId),
      cancelCount: count,
    });
    expect(again.json.message).toBe('이미 반품이 완료 되었습니다.');
    expect((await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box.shipmentBoxId}`)).status).toBe(400);
  });

  it('lets the seller cancel: ACCEPT lines at once (CANCEL), INSTRUCT lines as STOP_SHIPMENT', async () => {
    const { vendorA, call, control } = setup();
    const [a, b] = await freshOrders(control, vendorA.vendorId, 2, { quantity: 1 });
    await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(b.shipmentBoxId)],
    });
    const cancel = (box: typeof a) =>
      call(vendorA, 'POST', `${V5}/${vendorA.vendorId}/orders/${box.orderId}/cancel`, {
        orderId: Number(box.orderId),
        vendorItemIds: [Number(box.vendorItemId)],
        receiptCounts: [1],
        bigCancelCode: 'CANERR',
        middleCancelCode: 'CCTTER',
        userId: 'crossdock_demo',
        vendorId: vendorA.vendorId,
      });
    const first = await cancel(a);
    expect(first.status).toBe(200);
    expect(Object.values(first.json.data.receiptMap)[0]).toMatchObject({ receiptType: 'CANCEL', totalCount: 1 });
    const second = await cancel(b);
    expect(Object.values(second.json.data.receiptMap)[0]).toMatchObject({ receiptType: 'STOP_SHIPMENT' });
    const third = await cancel(b);
    expect(third.status).toBe(400);
    expect(third.json.code).toBe('400');
    expect(third.json.data.failedVendorItemIds).toEqual([Number(b.vendorItemId)]);
  });
});
