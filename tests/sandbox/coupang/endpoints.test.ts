import { describe, expect, it } from 'vitest';
import { kstDay, setup, V4, V5 } from './helpers';

const SELLER = '/v2/providers/seller_api/apis/api/v1/marketplace';
const FMS = '/v2/providers/fms/apis/api';
const DOWNLOAD = '/v2/providers/marketplace_openapi/apis/api/v1';

/** Every endpoint of the ten groups answers with its documented success shape on seeded data. */
describe('endpoint coverage', () => {
  it('answers every documented endpoint without a server error', async () => {
    const { ctx, facts, vendorA, call, control } = setup({ seed: 21, orders: 2000 });
    const v = vendorA.vendorId;
    const product = (await call(vendorA, 'GET', `${SELLER}/seller-products/${facts.samples.sellerProductId}`)).json
      .data;
    const vid = facts.samples.vendorItemId;
    const places = (
      await call(
        vendorA,
        'GET',
        '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10',
      )
    ).json.content;
    const centers = (await call(vendorA, 'GET', `${V5}/${v}/returnShippingCenters`)).json.data.content;
    const coupons = (await call(vendorA, 'GET', `${FMS}/v2/vendors/${v}/coupons?status=APPLIED`)).json.data.content;
    const couponId = coupons[0].couponId;
    const couponItems = (await call(vendorA, 'GET', `${FMS}/v1/vendors/${v}/coupons/${couponId}/items`)).json.data
      .content;
    const spaced = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    const download = await call(vendorA, 'POST', `${DOWNLOAD}/coupons`, {
      title: '재구매 감사 쿠폰',
      contractId: 60,
      couponType: 'DOWNLOAD',
      startDate: spaced(ctx.clock.now() + 3 * 3600_000),
      endDate: spaced(ctx.clock.now() + 3 * 86_400_000),
      userId: v,
      policies: [
        {
          title: '3천원',
          typeOfDiscount: 'PRICE',
          description: '',
          minimumPrice: 30000,
          discount: 3000,
          maximumDiscountPrice: 3000,
          maximumPerDaily: 1,
        },
      ],
    });
    const rg = `/v2/providers/rg_open_api/apis/api/v1/vendors/${v}/rg`;
    const returns = `/v2/providers/openapi/apis/api/v4/vendors/${v}/returnRequests?createdAtFrom=${kstDay(ctx, 20)}&createdAtTo=${kstDay(ctx)}&status=CC`;
    const receipt = (await call(vendorA, 'GET', returns)).json.data[0];
    const accepted = (await control('POST', '/orders', { vendorId: v })).json;

    // biome-ignore lint/suspicious/noExplicitAny: checks read response bodies field by field
    const checks: Array<[string, string, unknown?, ((json: any) => void)?]> = [
      [
        'PUT',
        `${V5}/${v}/outboundShippingCenters/${places[0].outboundShippingPlaceCode}`,
        {
          vendorId: v,
          usable: true,
          remoteInfos: [{ remoteInfoId: places[0].remoteInfos[0].remoteInfoId, jeju: 4000, notJeju: 6000 }],
        },
      ],
      [
        'PUT',
        `${V5}/${v}/returnShippingCenters/${centers[0].returnCenterCode}`,
        { vendorId: v, shippingPlaceName: '반품지 수정', goodsflowInfoOpenApiDto: { returnFee05kg: 3500 } },
      ],
      [
        'GET',
        `${SELLER}/meta/display-categories/69182`,
        undefined,
        (j) => expect(j.data.child.length).toBeGreaterThan(0),
      ],
      [
        'GET',
        `${SELLER}/seller-products/${product.sellerProductId}/partial`,
        undefined,
        (j) => expect(j.data.deliveryChargeType).toBeTruthy(),
      ],
      ['PUT', `${SELLER}/seller-products/${product.sellerProductId}/partial`, { vendorId: v, deliveryCharge: 2500 }],
      [
        'GET',
        `${SELLER}/seller-products/inflow-status`,
        undefined,
        (j) => expect(j.data.registeredCount).toBeGreaterThan(0),
      ],
      [
        'GET',
        `${SELLER}/seller-products/external-vendor-sku-codes/${product.items[0].externalVendorSku}`,
        undefined,
        (j) => expect(j.data).toHaveLength(1),
      ],
      [
        'GET',
        `${SELLER}/seller-products/time-frame?vendorId=${v}&createdAtFrom=${kstDay(ctx)}T00:00:00&createdAtTo=${kstDay(ctx)}T00:09:00`,
      ],
      ['PUT', `${SELLER}/vendor-items/${vid}/original-prices/99000`],
      ['PUT', `${SELLER}/vendor-items/${vid}/sales/resume`],
      ['POST', `${SELLER}/vendor-items/${vid}/auto-generated/opt-in`],
      ['POST', `${SELLER}/seller/auto-generated/opt-out`],
      ['GET', `${V4}/${v}/ordersheets?createdAtFrom=${kstDay(ctx, 2)}&createdAtTo=${kstDay(ctx)}&status=ACCEPT`],
      ['GET', `${V4}/${v}/${facts.samples.orderId}/ordersheets`],
      [
        'GET',
        `${FMS}/v1/vendors/${v}/budgets?contractId=60&targetMonth=${kstDay(ctx).slice(0, 7)}`,
        undefined,
        (j) => expect(j.data.content.budgetAmount).toBeGreaterThan(0),
      ],
      ['GET', `${FMS}/v2/vendors/${v}/contract?contractId=60`],
      ['GET', `${FMS}/v2/vendors/${v}/coupon?couponId=${couponId}`],
      ['GET', `${FMS}/v1/vendors/${v}/coupons/${couponId}/items/${couponItems[0].vendorItemId}?type=vendorItemId`],
      ['GET', `${FMS}/v2/vendors/${v}/${facts.samples.orderId}/coupons`],
      ['POST', `${FMS}/v1/vendors/${v}/coupons/${couponId}/items`, { vendorItems: [Number(vid)] }],
      ['GET', `${DOWNLOAD}/coupons/${download.json.couponId}`],
      [
        'POST',
        `${DOWNLOAD}/coupons/expire`,
        { expireCouponList: [{ couponId: download.json.couponId, reason: 'expired', userId: 'crossdock_demo' }] },
      ],
      ['GET', `${DOWNLOAD}/coupons/transactionStatus?requestTransactionId=none`],
      ['GET', `/v2/providers/openapi/apis/api/v4/vendors/${v}/returnRequests/${receipt.receiptId}`],
      ['POST', `${V4}/${v}/returnWithdrawList`, { cancelIds: [receipt.receiptId] }],
      [
        'POST',
        `${V4}/${v}/return-exchange-invoices/manual`,
        {
          returnExchangeDeliveryType: 'RETURN',
          receiptId: receipt.receiptId,
          deliveryCompanyCode: 'CJGLS',
          invoiceNumber: '123412341234',
          regNumber: '',
        },
      ],
      ['GET', `${rg}/inventory/summaries?vendorItemId=1`],
      [
        'POST',
        `${V4}/${v}/completeLongTermUndelivery`,
        { shipmentBoxId: BigInt(accepted.shipmentBoxId), invoiceNumber: '1' },
      ],
    ];
    for (const [method, target, body, check] of checks) {
      const res = await call(vendorA, method, target, body);
      expect(res.status, `${method} ${target}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
      if (check) check(res.json);
    }
    // Cashback rules can be read and removed; the seeded rule sits on the demo book.
    const book = (
      await call(
        vendorA,
        'GET',
        `${SELLER}/seller-products?vendorId=${v}&sellerProductName=${encodeURIComponent('바다의 시간')}`,
      )
    ).json.data[0];
    const bookItem = (await call(vendorA, 'GET', `${SELLER}/seller-products/${book.sellerProductId}`)).json.data
      .items[0].vendorItemId;
    const rule = await call(vendorA, 'GET', `${V4}/${v}/products/items/cashback?ruleId=3944&vendorItemId=${bookItem}`);
    expect(rule.json.data.value).toBe(270);
    expect(
      (await call(vendorA, 'DELETE', `${V4}/${v}/products/items/cashback?ruleId=3944&vendorItemId=${bookItem}`)).status,
    ).toBe(200);
  });

  it('converts a stop-shipment request into a return when the parcel already left (completedShipment)', async () => {
    const { vendorA, call, control } = setup();
    const v = vendorA.vendorId;
    const box = (await control('POST', '/orders', { vendorId: v })).json;
    await call(vendorA, 'PUT', `${V4}/${v}/ordersheets/acknowledgement`, {
      vendorId: v,
      shipmentBoxIds: [BigInt(box.shipmentBoxId)],
    });
    const request = (await control('POST', `/orders/${box.shipmentBoxId}/cancel-request`)).json;
    const res = await call(vendorA, 'PATCH', `${V4}/${v}/returnRequests/${request.receiptId}/completedShipment`, {
      vendorId: v,
      receiptId: Number(request.receiptId),
      deliveryCompanyCode: 'HANJIN',
      invoiceNumber: '412345678901',
    });
    expect(res.json.data.resultCode).toBe('SUCCESS');
    const state = (await control('GET', `/orders/${box.shipmentBoxId}`)).json;
    expect(state).toMatchObject({ status: 'DEPARTURE', cancelRequested: false, invoiceNumber: '412345678901' });
    expect(state.receipts[0]).toMatchObject({ receiptStatus: 'RETURNS_UNCHECKED', releaseStatus: 'A' });
  });
});
