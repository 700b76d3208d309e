import { describe, expect, it } from 'vitest';
import { budgetView, downloadView, instantView, requestView } from '../../../utils/background/coupang/coupons/mapping';
import {
  budgetResponse,
  contractListResponse,
  couponRequestStatusResponse,
  downloadCouponSchema,
  downloadItemsResponse,
  instantCouponListResponse,
} from '../../../utils/background/coupang/coupons/schemas';
import { catalogMessages } from '../../../utils/protocol/messages/catalog';

const fms = (content: unknown) => ({
  code: 200,
  message: 'OK',
  httpStatus: 200,
  httpStatusMessage: 'OK',
  errorMessage: '',
  data: { success: true, content, pagination: null },
});

describe('coupon answers → the list the page gets', () => {
  it('maps instant and download coupons and budgets (the free contract is -1) into a valid reply', () => {
    const instant = instantCouponListResponse.parse(
      fms([
        {
          contractId: 60,
          couponId: 2246300,
          promotionName: '가을맞이 10% 즉시할인',
          status: 'APPLIED',
          type: 'RATE',
          maxDiscountPrice: 5000,
          discount: 10,
          startAt: '2025-07-01 00:00:00',
          endAt: '2025-07-31 23:59:59',
          wowExclusive: 'false',
        },
      ]),
    ).data.content;
    const contracts = contractListResponse.parse(
      fms([
        {
          contractId: 60,
          vendorContractId: 1,
          sellerShareRatio: 100,
          type: 'CONTRACT_BASED',
          start: '2025-01-01 00:00:00',
          end: '2025-12-31 23:59:59',
        },
        {
          contractId: -1,
          vendorContractId: -1,
          sellerShareRatio: 100,
          type: 'NON_CONTRACT_BASED',
          start: '2024-01-01 00:00:00',
          end: '2035-01-01 00:00:00',
        },
      ]),
    ).data.content;
    const budget = budgetResponse.parse(
      fms({
        contractId: 60,
        targetMonth: '2025-07',
        vendorShareRatio: 100,
        budgetAmount: 5_000_000,
        usedBudgetAmount: 300_000,
        remainBudgetAmount: 4_700_000,
      }),
    ).data.content;
    const download = downloadCouponSchema.parse({
      couponId: 88001,
      title: '단골고객 감사 쿠폰',
      couponStatus: 'IN_PROGRESS',
      startDate: '2025-07-10 00:00:00',
      endDate: '2025-07-30 00:00:00',
      couponPolicies: [
        {
          typeOfDiscount: 'PRICE',
          discount: 2000,
          minimumPrice: 20000,
          maximumDiscountPrice: -1,
          maximumPerDaily: 100,
        },
      ],
      vendorItemIds: [32425960010, 32425960020],
    });
    const reply = {
      coupons: [...instant.map(instantView), downloadView(download)],
      budgets: [budgetView(contracts[0]!, '2025-07', budget), budgetView(contracts[1]!, '2025-07', undefined)],
      fetchedAt: 1,
    };
    expect(catalogMessages['catalog.coupons.list'].reply.parse(reply)).toEqual(reply);
    expect(reply.coupons[0]).toMatchObject({ couponId: '2246300', startAt: '2025-07-01 00:00', maxDiscount: 5000 });
    // A fixed-amount policy's "-1" cap is no cap.
    expect(reply.coupons[1]).toMatchObject({ kind: 'download', itemCount: 2, minimumPrice: 20000 });
    expect(reply.coupons[1]).not.toHaveProperty('maxDiscount');
    expect(reply.budgets.map((b) => [b.contractId, b.remaining])).toEqual([
      ['60', 4_700_000],
      ['-1', 0],
    ]);
  });

  it('a request lists its failed options with the reasons; 18-digit request ids stay exact', () => {
    const status = couponRequestStatusResponse.parse(
      fms({
        couponId: 2246301,
        requestedId: '1542675975663862165',
        type: 'COUPON_ITEM_PUBLISH',
        status: 'DONE',
        total: 2,
        succeeded: 1,
        failed: 1,
        failedVendorItems: [{ vendorItemId: 1, reason: '[CIE00] 유효하지 않은 옵션아이디 입니다.' }],
      }),
    ).data.content;
    const view = requestView('1542675975663862165', status);
    expect(catalogMessages['catalog.coupons.request'].reply.parse(view)).toEqual({
      requestedId: '1542675975663862165',
      couponId: '2246301',
      status: 'DONE',
      total: 2,
      succeeded: 1,
      failed: 1,
      failedItems: [{ vendorItemId: '1', reason: '[CIE00] 유효하지 않은 옵션아이디 입니다.' }],
    });
  });

  it('download attach answers an array (what clients see) or one object', () => {
    const fail = {
      requestResultStatus: 'FAIL',
      body: null,
      errorCode: 'INVALID_VENDOR_ITEM',
      errorMessage: '쿠폰이 파기되었습니다.',
    };
    expect(downloadItemsResponse.parse([fail])).toEqual([expect.objectContaining({ requestResultStatus: 'FAIL' })]);
    expect(downloadItemsResponse.parse(fail)).toMatchObject({ errorCode: 'INVALID_VENDOR_ITEM' });
  });
});
