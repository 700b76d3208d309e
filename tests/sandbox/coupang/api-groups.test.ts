import { describe, expect, it } from 'vitest';
import { kstDay, setup, V4, V5 } from './helpers';

const SELLER = '/v2/providers/seller_api/apis/api/v1/marketplace';
const FMS = '/v2/providers/fms/apis/api';
const DOWNLOAD = '/v2/providers/marketplace_openapi/apis/api/v1';
const KST = 9 * 3600_000;
const spaced = (ms: number) => new Date(ms + KST).toISOString().slice(0, 19).replace('T', ' ');

describe('API groups (smoke, on seeded data)', () => {
  it('logistics: bare outbound-place lookup, return centres in the openapi envelope, create both', async () => {
    const { vendorA, call } = setup();
    const outbound = await call(
      vendorA,
      'GET',
      '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10',
    );
    expect(outbound.status).toBe(200);
    expect(Object.keys(outbound.json).sort()).toEqual(['content', 'pagination']);
    expect(outbound.json.content[0].placeAddresses[0].countryCode).toBe('KR');
    const noParams = await call(
      vendorA,
      'GET',
      '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound',
    );
    expect(noParams.status).toBe(400);
    const centers = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/returnShippingCenters?pageNum=1&pageSize=10`);
    expect(centers.json.data.content.length).toBeGreaterThan(0);
    expect(centers.json.data.pagination.totalElements).toBe(centers.json.data.content.length);
    const code = centers.json.data.content[0].returnCenterCode;
    const byCode = await call(
      vendorA,
      'GET',
      `/v2/providers/openapi/apis/api/v3/return/shipping-places/center-code?returnCenterCodes=${code}`,
    );
    expect(byCode.json.data[0].returnCenterCode).toBe(code);
    const address = {
      addressType: 'JIBUN',
      countryCode: 'KR',
      companyContactNumber: '02-123-4567',
      phoneNumber2: '010-1234-5678',
      returnZipCode: '06236',
      returnAddress: '서울특별시 강남구 역삼동 823',
      returnAddressDetail: '5층',
    };
    const created = await call(vendorA, 'POST', `${V5}/${vendorA.vendorId}/outboundShippingCenters`, {
      vendorId: vendorA.vendorId,
      userId: 'crossdock_demo',
      shippingPlaceName: '역삼 신규 출고지',
      usable: true,
      global: false,
      placeAddresses: [address],
      remoteInfos: [{ deliveryCode: 'CJGLS', jeju: 3000, notJeju: 5000 }],
    });
    expect(created.json.data.resultCode).toBe('SUCCESS');
    const found = await call(
      vendorA,
      'GET',
      `/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?placeCodes=${created.json.data.resultMessage}`,
    );
    expect(found.json.content[0].shippingPlaceName).toBe('역삼 신규 출고지');
    const center = await call(vendorA, 'POST', `${V5}/${vendorA.vendorId}/returnShippingCenters`, {
      vendorId: vendorA.vendorId,
      userId: 'crossdock_demo',
      shippingPlaceName: '역삼 반품지',
      goodsflowInfoOpenApiDto: { deliverCode: 'CJGLS', deliverName: 'CJ 대한통운', contractNumber: '123' },
      placeAddresses: [address],
    });
    expect(center.json.data.resultMessage).toMatch(/^\d+$/);
  });

  it('categories: tree, one level, status, meta and recommendation', async () => {
    const { vendorA, call } = setup();
    const tree = await call(vendorA, 'GET', `${SELLER}/meta/display-categories`);
    expect(tree.json.code).toBe('SUCCESS');
    expect(tree.json.data.child.length).toBeGreaterThan(5);
    const root = await call(vendorA, 'GET', `${SELLER}/meta/display-categories/0`);
    expect(root.json.data.child.every((c: { child: unknown[] }) => c.child.length === 0)).toBe(true);
    const rfm = await call(vendorA, 'GET', `${SELLER}/meta/display-categories?registrationType=RFM`);
    expect(rfm.json.data.child.length).toBeLessThan(tree.json.data.child.length);
    expect((await call(vendorA, 'GET', `${SELLER}/meta/display-categories/62611/status`)).json.data).toBe('true');
    const meta = await call(vendorA, 'GET', `${SELLER}/meta/category-related-metas/display-category-codes/62611`);
    expect(meta.json.data.attributes.some((a: { required: string }) => a.required === 'MANDATORY')).toBe(true);
    const predict = await call(vendorA, 'POST', '/v2/providers/openapi/apis/api/v1/categorization/predict', {
      productName: '노이즈캔슬링 블루투스 이어폰 화이트',
    });
    expect(predict.json.data).toMatchObject({
      autoCategorizationPredictionResultType: 'SUCCESS',
      predictedCategoryId: '62611',
    });
    expect(
      (await call(vendorA, 'GET', `${SELLER}/vendors/${vendorA.vendorId}/check-auto-category-agreed`)).json.data,
    ).toBe('true');
  });

  it('products: list with nextToken, get, create (approval after 10 min), price/stock/sale status', async () => {
    const { ctx, facts, vendorA, call } = setup();
    const seen = new Set<number>();
    let token = '';
    do {
      const page = await call(
        vendorA,
        'GET',
        `${SELLER}/seller-products?vendorId=${vendorA.vendorId}&maxPerPage=4${token ? `&nextToken=${token}` : ''}`,
      );
      for (const p of page.json.data) seen.add(p.sellerProductId);
      token = page.json.nextToken;
    } while (token);
    expect(seen.size).toBeGreaterThan(10);
    const product = await call(vendorA, 'GET', `${SELLER}/seller-products/${facts.samples.sellerProductId}`);
    expect(product.json.data.items[0].vendorItemId).toBeTypeOf('number');
    const vid = facts.samples.vendorItemId;
    const inv = await call(vendorA, 'GET', `${SELLER}/vendor-items/${vid}/inventories`);
    expect(inv.json.data.sellerItemId).toBe(Number(vid));
    const price = inv.json.data.salePrice;
    expect((await call(vendorA, 'PUT', `${SELLER}/vendor-items/${vid}/prices/${price * 3}`)).status).toBe(400);
    expect((await call(vendorA, 'PUT', `${SELLER}/vendor-items/${vid}/prices/${price + 5}`)).status).toBe(400);
    expect(
      (await call(vendorA, 'PUT', `${SELLER}/vendor-items/${vid}/prices/${price * 3}?forceSalePriceUpdate=true`)).json
        .message,
    ).toBe('가격 변경을 완료했습니다.');
    await call(vendorA, 'PUT', `${SELLER}/vendor-items/${vid}/quantities/7`);
    await call(vendorA, 'PUT', `${SELLER}/vendor-items/${vid}/sales/stop`);
    expect((await call(vendorA, 'GET', `${SELLER}/vendor-items/${vid}/inventories`)).json.data).toMatchObject({
      amountInStock: 7,
      salePrice: price * 3,
      onSale: false,
    });

    const item = {
      itemName: '화이트',
      originalPrice: 45000,
      salePrice: 39900,
      maximumBuyCount: 100,
      maximumBuyForPerson: 0,
      maximumBuyForPersonPeriod: 1,
      outboundShippingTimeDay: 1,
      images: [{ imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: 'https://example.com/a.jpg' }],
      attributes: [
        { attributeTypeName: '수량', attributeValueName: '1개' },
        { attributeTypeName: '색상', attributeValueName: '화이트' },
      ],
    };
    const centers = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/returnShippingCenters?pageNum=1&pageSize=10`);
    const places = await call(
      vendorA,
      'GET',
      '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10',
    );
    const body = {
      displayCategoryCode: 62611,
      sellerProductName: '새 이어폰',
      vendorId: vendorA.vendorId,
      saleStartedAt: '2025-01-01T00:00:00',
      saleEndedAt: '2099-01-01T23:59:59',
      brand: '사운드핏',
      deliveryMethod: 'SEQUENCIAL',
      deliveryCompanyCode: 'CJGLS',
      deliveryChargeType: 'FREE',
      deliveryCharge: 0,
      returnCenterCode: centers.json.data.content[0].returnCenterCode,
      outboundShippingPlaceCode: places.json.content[0].outboundShippingPlaceCode,
      vendorUserId: 'crossdock_demo',
      requested: true,
      items: [item],
    };
    const missingAttr = await call(vendorA, 'POST', `${SELLER}/seller-products`, {
      ...body,
      items: [{ ...item, attributes: [{ attributeTypeName: '수량', attributeValueName: '1개' }] }],
    });
    expect(missingAttr.status).toBe(400);
    expect(missingAttr.json.code).toBe('ERROR');
    expect(missingAttr.json.errorItems[0].message).toContain('색상');
    // vendorUserId is a Wing login of the vendor (실사용자아이디): the vendor id is no user.
    const byVendorId = await call(vendorA, 'POST', `${SELLER}/seller-products`, {
      ...body,
      vendorUserId: vendorA.vendorId,
    });
    expect(byVendorId.status).toBe(400);
    expect(JSON.stringify(byVendorId.json)).toContain('vendorUserId');
    const created = await call(vendorA, 'POST', `${SELLER}/seller-products`, body);
    expect(created.json.code).toBe('SUCCESS');
    const id = created.json.data;
    const pending = await call(vendorA, 'GET', `${SELLER}/seller-products/${id}`);
    expect(pending.json.data.statusName).toBe('승인대기중');
    expect(pending.json.data.items[0].vendorItemId).toBeNull();
    ctx.clock.advance(11 * 60_000);
    const approved = await call(vendorA, 'GET', `${SELLER}/seller-products/${id}`);
    expect(approved.json.data.statusName).toBe('승인완료');
    expect(approved.json.data.items[0].vendorItemId).toBeTypeOf('number');
    const update = await call(vendorA, 'PUT', `${SELLER}/seller-products`, {
      ...body,
      sellerProductId: id,
      items: [{ ...item, vendorItemId: approved.json.data.items[0].vendorItemId, salePrice: 37900 }],
    });
    expect(update.json.code).toBe('SUCCESS');
    expect((await call(vendorA, 'GET', `${SELLER}/seller-products/${id}`)).json.data.items[0].vendorItemId).toBe(
      approved.json.data.items[0].vendorItemId,
    );
    const histories = await call(vendorA, 'GET', `${SELLER}/seller-products/${id}/histories`);
    expect(histories.json.data.length).toBeGreaterThanOrEqual(3);
  });

  it('returns: RU/UC/CC lists, nextToken paging, the documented errors', async () => {
    const { ctx, vendorA, call } = setup({ seed: 11, orders: 3000 });
    const base = `/v2/providers/openapi/apis/api/v6/vendors/${vendorA.vendorId}/returnRequests?createdAtFrom=${kstDay(ctx, 25)}&createdAtTo=${kstDay(ctx)}`;
    const uc = await call(vendorA, 'GET', `${base}&status=UC&maxPerPage=5`);
    expect(uc.json.code).toBe(200);
    expect(uc.json.data.length).toBe(5);
    expect(uc.json.nextToken).not.toBe('');
    const next = await call(vendorA, 'GET', `${base}&status=UC&maxPerPage=5&nextToken=${uc.json.nextToken}`);
    expect(next.json.data[0].receiptId).not.toBe(uc.json.data[0].receiptId);
    expect((await call(vendorA, 'GET', `${base}&status=CC`)).json.data.length).toBeGreaterThan(0);
    expect((await call(vendorA, 'GET', `${base}`)).json.message).toBe(
      "OrderId can't be null , if doesn't pass the parameter status",
    );
    const wide = `/v2/providers/openapi/apis/api/v6/vendors/${vendorA.vendorId}/returnRequests?createdAtFrom=${kstDay(ctx, 40)}&createdAtTo=${kstDay(ctx)}&status=UC`;
    expect((await call(vendorA, 'GET', wide)).json.message).toBe('검색기간은 최대 31일입니다.');
    const withdrawn = await call(
      vendorA,
      'GET',
      `${V4}/${vendorA.vendorId}/returnWithdrawRequests?dateFrom=${kstDay(ctx, 7)}&dateTo=${kstDay(ctx)}`,
    );
    expect(withdrawn.status).toBe(200);
  });

  it('exchanges: list, receive confirmation, invoice on the new box only after ~10 minutes, reject', async () => {
    const { ctx, vendorA, call } = setup({ seed: 5, orders: 3000 });
    const from = `${kstDay(ctx, 6)}T00:00:00`;
    const to = `${kstDay(ctx, 0)}T23:59:59`;
    const list = await call(
      vendorA,
      'GET',
      `${V4}/${vendorA.vendorId}/exchangeRequests?createdAtFrom=${from}&createdAtTo=${to}&status=RECEIPT&maxPerPage=50`,
    );
    expect(list.status).toBe(200);
    const [first, second] = list.json.data;
    expect(first.exchangeItemDtoV1s[0].originalShipmentBoxId).toBeTypeOf('bigint');
    const base = `${V4}/${vendorA.vendorId}/exchangeRequests`;
    const received = await call(vendorA, 'PUT', `${base}/${first.exchangeId}/receiveConfirmation`, {
      exchangeId: first.exchangeId,
      vendorId: vendorA.vendorId,
    });
    expect(received.json).toMatchObject({ code: '200', data: { resultCode: 'SUCCESS' } });
    const invoice = (box: bigint) =>
      call(vendorA, 'POST', `${base}/${first.exchangeId}/invoices`, [
        {
          exchangeId: String(first.exchangeId),
          vendorId: vendorA.vendorId,
          shipmentBoxId: String(box),
          goodsDeliveryCode: 'CJGLS',
          invoiceNumber: '680405450931',
        },
      ]);
    const original = await invoice(first.exchangeItemDtoV1s[0].originalShipmentBoxId);
    expect(original.json.message).toBe('[NONE_TRACKING] is not suitable for applyInvoice');
    const readFirst = async () =>
      (
        await call(
          vendorA,
          'GET',
          `${V4}/${vendorA.vendorId}/exchangeRequests?createdAtFrom=${from}&createdAtTo=${to}&orderId=${first.orderId}`,
        )
      ).json.data[0];
    expect((await readFirst()).deliveryInvoiceGroupDtos).toEqual([]);
    ctx.clock.advance(11 * 60_000);
    const newBox = (await readFirst()).deliveryInvoiceGroupDtos[0].shipmentBoxId;
    expect(newBox).toBeTypeOf('bigint');
    expect((await invoice(newBox)).json.data.resultCode).toBe('SUCCESS');
    const reject = await call(vendorA, 'PATCH', `${base}/${second.exchangeId}/rejection`, {
      exchangeId: second.exchangeId,
      vendorId: vendorA.vendorId,
      exchangeRejectCode: 'SOLDOUT',
    });
    expect(reject.json.data.resultCode).toBe('SUCCESS');
  });

  it('coupons: fms envelope with async request status, download coupons with their odd shapes, cashback', async () => {
    const { ctx, facts, vendorA, call } = setup();
    const list = await call(
      vendorA,
      'GET',
      `${FMS}/v2/vendors/${vendorA.vendorId}/coupons?status=APPLIED&page=1&size=10&sort=desc`,
    );
    expect(list.json).toMatchObject({
      code: 200,
      httpStatus: 200,
      httpStatusMessage: 'OK',
      errorMessage: '',
      data: { success: true },
    });
    expect(list.json.data.content[0].wowExclusive).toBe('false');
    const contracts = await call(vendorA, 'GET', `${FMS}/v2/vendors/${vendorA.vendorId}/contract/list`);
    const contractId = contracts.json.data.content[0].contractId;
    const now = ctx.clock.now();
    const created = await call(vendorA, 'POST', `${FMS}/v2/vendors/${vendorA.vendorId}/coupon`, {
      contractId: String(contractId),
      name: '주말 특가',
      maxDiscountPrice: '1000',
      discount: '10',
      startAt: spaced(now + 86_400_000),
      endAt: spaced(now + 5 * 86_400_000),
      type: 'RATE',
      wowExclusive: 'false',
    });
    const requestedId = created.json.data.content.requestedId;
    expect(requestedId).toMatch(/^\d{19,}$/);
    const status = async () =>
      (await call(vendorA, 'GET', `${FMS}/v1/vendors/${vendorA.vendorId}/requested/${requestedId}`)).json.data.content;
    expect((await status()).status).toBe('REQUESTED');
    ctx.clock.advance(2000);
    expect(await status()).toMatchObject({ status: 'DONE', type: 'COUPON_PUBLISH', succeeded: 1 });

    const download = await call(vendorA, 'POST', `${DOWNLOAD}/coupons`, {
      title: '단골 쿠폰',
      contractId: String(contractId),
      couponType: 'DOWNLOAD',
      startDate: spaced(now + 2 * 3600_000),
      endDate: spaced(now + 7 * 86_400_000),
      userId: 'crossdock_demo',
      policies: [
        {
          title: '1만원 이상 1천원',
          typeOfDiscount: 'PRICE',
          description: '',
          minimumPrice: 10000,
          discount: 1000,
          maximumDiscountPrice: 1000,
          maximumPerDaily: 1,
        },
      ],
    });
    expect(download.json).toMatchObject({ couponType: 'DOWNLOAD', couponStatus: 'STANDBY' });
    expect(download.json.code).toBeUndefined();
    const items = await call(vendorA, 'PUT', `${DOWNLOAD}/coupon-items`, {
      couponItems: [
        {
          couponId: download.json.couponId,
          userId: 'crossdock_demo',
          vendorItemIds: [Number(facts.samples.vendorItemId)],
        },
      ],
    });
    expect(items.json).toEqual([
      {
        requestResultStatus: 'SUCCESS',
        body: { couponId: download.json.couponId },
        errorCode: null,
        errorMessage: null,
      },
    ]);

    const books = await call(
      vendorA,
      'GET',
      `${SELLER}/seller-products?vendorId=${vendorA.vendorId}&sellerProductName=${encodeURIComponent('바다의 시간')}`,
    );
    const book = await call(vendorA, 'GET', `${SELLER}/seller-products/${books.json.data[0].sellerProductId}`);
    const cashback = await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/products/items/cashback`, {
      ruleId: '4001',
      valueType: 'FIXED',
      value: '500',
      maxAmount: '',
      vendorItemIds: [String(book.json.data.items[0].vendorItemId), facts.samples.vendorItemId],
      startAt: new Date(now + KST + 3 * 3600_000).toISOString().slice(0, 19),
      endAt: '2099-12-31T23:59:59',
    });
    expect(cashback.json).toMatchObject({ code: 206, message: 'PARTIAL_CONTENT' });
    expect(cashback.json.data.successVendorItemIds).toEqual([String(book.json.data.items[0].vendorItemId)]);
  });

  it('CS: product Q&A (pageNum/pageSize, reply) and call-centre inquiries (list, reply)', async () => {
    const { ctx, vendorA, call, control } = setup();
    const window = `inquiryStartAt=${kstDay(ctx, 6)}&inquiryEndAt=${kstDay(ctx)}`;
    const online = await call(
      vendorA,
      'GET',
      `${V5}/${vendorA.vendorId}/onlineInquiries?${window}&vendorId=${vendorA.vendorId}&answeredType=NOANSWER&pageSize=50&pageNum=1`,
    );
    expect(online.json.data.pagination.currentPage).toBe(1);
    const question = online.json.data.content[0];
    expect(question.commentDtoList).toEqual([]);
    const replyPath = `${V4}/${vendorA.vendorId}/onlineInquiries/${question.inquiryId}/replies`;
    const reply = await call(vendorA, 'POST', replyPath, {
      content: '안녕하세요\n금일 출고 예정입니다.',
      vendorId: vendorA.vendorId,
      replyBy: 'crossdock_demo',
    });
    expect(reply.json).toEqual({ code: '200', message: 'OK' });
    const dup = await call(vendorA, 'POST', replyPath, {
      content: '안녕하세요\n금일 출고 예정입니다.',
      vendorId: vendorA.vendorId,
      replyBy: 'crossdock_demo',
    });
    expect(dup.json.message).toBe('동일한 답변이 존재합니다.');
    const rawCr = await call(
      vendorA,
      'POST',
      replyPath,
      `{"content":"안녕\r하세요","vendorId":"${vendorA.vendorId}","replyBy":"crossdock_demo"}`,
    );
    expect(rawCr.status).toBe(400);
    const tooWide = await call(
      vendorA,
      'GET',
      `${V5}/${vendorA.vendorId}/onlineInquiries?inquiryStartAt=${kstDay(ctx, 9)}&inquiryEndAt=${kstDay(ctx)}&vendorId=${vendorA.vendorId}&answeredType=ALL`,
    );
    expect(tooWide.status).toBe(400);

    const calls = await call(
      vendorA,
      'GET',
      `${V5}/${vendorA.vendorId}/callCenterInquiries?${window}&vendorId=${vendorA.vendorId}&partnerCounselingStatus=NONE&pageSize=30&pageNum=1`,
    );
    expect(calls.status).toBe(200);
    const created = await control('POST', '/inquiries', { vendorId: vendorA.vendorId, kind: 'callCenter' });
    const open = await call(
      vendorA,
      'GET',
      `${V5}/${vendorA.vendorId}/callCenterInquiries?inquiryStartAt=${kstDay(ctx)}&inquiryEndAt=${kstDay(ctx)}&vendorId=${vendorA.vendorId}&partnerCounselingStatus=NO_ANSWER`,
    );
    expect(open.json.data.content.map((q: { inquiryId: number }) => String(q.inquiryId))).toContain(
      created.json.inquiryId,
    );
    for (const q of open.json.data.content) {
      const single = await call(vendorA, 'GET', `${V5}/callCenterInquiries/${q.inquiryId}`);
      expect(single.json.data.inquiryId).toBe(q.inquiryId);
      const answer = await call(
        vendorA,
        'POST',
        `${V4}/${vendorA.vendorId}/callCenterInquiries/${q.inquiryId}/replies`,
        {
          vendorId: vendorA.vendorId,
          inquiryId: String(q.inquiryId),
          content: '확인 후 금일 중 연락드리겠습니다.',
          replyBy: 'crossdock_demo',
          parentAnswerId: String(q.replies[0].answerId),
        },
      );
      expect(answer.json.code).toBe('200');
    }
    // Unanswered transfers close themselves after 24 hours; the API can no longer answer them.
    const late = await control('POST', '/inquiries', { vendorId: vendorA.vendorId, kind: 'callCenter' });
    ctx.clock.advance(25 * 3600_000);
    const closed = await call(
      vendorA,
      'POST',
      `${V4}/${vendorA.vendorId}/callCenterInquiries/${late.json.inquiryId}/replies`,
      {
        vendorId: vendorA.vendorId,
        inquiryId: late.json.inquiryId,
        content: '늦은 답변입니다.',
        replyBy: 'crossdock_demo',
        parentAnswerId: late.json.parentAnswerId,
      },
    );
    expect(closed.status).toBe(400);
  });

  it('settlement: revenue history needs an empty token= and pages with hasNext; histories are a bare array', async () => {
    const { ctx, vendorA, call } = setup({ seed: 9, orders: 3000 });
    const base = `/v2/providers/openapi/apis/api/v1/revenue-history?vendorId=${vendorA.vendorId}&recognitionDateFrom=${kstDay(ctx, 20)}&recognitionDateTo=${kstDay(ctx, 1)}&maxPerPage=50`;
    expect((await call(vendorA, 'GET', base)).json.message).toBe("Required String parameter 'token' is not present");
    let page = await call(vendorA, 'GET', `${base}&token=`);
    expect(page.json.code).toBe(200);
    let total = page.json.data.length;
    while (page.json.hasNext) {
      page = await call(vendorA, 'GET', `${base}&token=${page.json.nextToken}`);
      total += page.json.data.length;
    }
    expect(total).toBeGreaterThan(50);
    const today = await call(vendorA, 'GET', `${base.replace(kstDay(ctx, 1), kstDay(ctx, 0))}&token=`);
    expect(today.json.message).toContain('전일까지만 조회할 수 있습니다');
    const month = kstDay(ctx).slice(0, 7);
    const histories = await call(
      vendorA,
      'GET',
      `/v2/providers/marketplace_openapi/apis/api/v1/settlement-histories?revenueRecognitionYearMonth=${month}`,
    );
    expect(Array.isArray(histories.json)).toBe(true);
    expect(histories.json[0].revenueRecognitionYearMonth).toBe(month);
  });

  it('Rocket Growth: orders (epoch-ms string paidAt) with nextToken, single order, inventory', async () => {
    const { ctx, vendorA, call } = setup({ seed: 3, orders: 3000 });
    const ymd = (daysAgo: number) => kstDay(ctx, daysAgo).replaceAll('-', '');
    const base = `/v2/providers/rg_open_api/apis/api/v1/vendors/${vendorA.vendorId}/rg`;
    const first = await call(vendorA, 'GET', `${base}/orders?paidDateFrom=${ymd(29)}&paidDateTo=${ymd(0)}`);
    expect(first.json).toMatchObject({ code: 200, message: 'SUCCESS' });
    expect(first.json.data[0].paidAt).toMatch(/^\d{13}$/);
    expect(first.json.nextToken).toBeTruthy();
    const last = await call(
      vendorA,
      'GET',
      `${base}/orders?paidDateFrom=${ymd(29)}&paidDateTo=${ymd(0)}&nextToken=${first.json.nextToken}`,
    );
    expect(last.json.data.length).toBeGreaterThan(0);
    const single = await call(vendorA, 'GET', `${base}/order/${first.json.data[0].orderId}`);
    expect(single.json.data.paidAt).toMatch(/Z$/);
    const inventory = await call(vendorA, 'GET', `${base}/inventory/summaries`);
    expect(inventory.json.data[0].inventoryDetails.totalOrderableQuantity).toBeTypeOf('number');
    expect((await call(vendorA, 'GET', `${base}/orders?paidDateFrom=${ymd(40)}&paidDateTo=${ymd(0)}`)).status).toBe(
      400,
    );
  });
});
