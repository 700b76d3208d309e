import { describe, expect, it } from 'vitest';
import type { CoreServices } from '../../../utils/background/core/core';
import type { CoupangClients } from '../../../utils/background/coupang/client-factory';
import { couponAction } from '../../../utils/background/coupang/coupons/actions';
import type { PlacePayload } from '../../../utils/background/coupang/logistics/actions';
import { placeAction } from '../../../utils/background/coupang/logistics/actions';
import type { OutboxItem } from '../../../utils/background/outbox/action';
import { OutboxSendError } from '../../../utils/background/outbox/outbox';
import { OUTBOUND_PLACES } from '../coupang/fixtures';
import { testClient } from '../coupang/stub-fetch';

/** An outbox item as the outbox hands it to an action. */
function item<P>(payload: P): OutboxItem<P> {
  return {
    id: 'item-1',
    accountKey: 'coupang:A00012345',
    action: 'x',
    targetId: 't',
    payload,
    state: 'sending',
    attempts: 1,
    createdAt: 1,
    updatedAt: 1,
    batchId: 'b',
  };
}

const place: PlacePayload = {
  kind: 'outbound',
  name: '본사 창고',
  usable: true,
  userId: 'wing',
  addresses: [
    {
      addressType: 'ROADNAME',
      zipCode: '06236',
      address: '서울특별시 강남구 테헤란로 1',
      addressDetail: 'B1',
      phone: '02-123-4567',
      phone2: '',
    },
  ],
  courierCode: 'CJGLS',
  jejuFee: 3000,
  notJejuFee: 3000,
};

const clientsOf = (client: unknown) => ({ get: async () => client }) as unknown as CoupangClients;

describe('catalog writes through the outbox: never sent twice, reconciled by reading', () => {
  it('a create that times out is "maybe sent" (no retry), then found by its unique name: applied', async () => {
    const EMPTY = '{"content":[],"pagination":{"currentPage":1,"totalPages":0,"totalElements":0,"countPerPage":10}}';
    const { client, requests } = testClient((req) => {
      if (req.method === 'POST') return { status: 504, body: '{"code":504,"message":"Gateway Timeout"}' };
      const names = new URL(req.url).searchParams.get('placeNames');
      return { body: names === '본사 창고' ? OUTBOUND_PLACES : EMPTY };
    });
    const action = placeAction(clientsOf(client));
    const sent = action.send('coupang:A00012345', [item(place)]);
    await expect(sent).rejects.toBeInstanceOf(OutboxSendError);
    await expect(sent).rejects.toMatchObject({ failure: { kind: 'maybeSent' } });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    const verdict = await action.reconcile('coupang:A00012345', [item(place)]);
    expect(verdict.get('item-1')).toBe('applied');
    expect(requests.at(-1)!.url).toContain('placeNames=');
    const absent = await action.reconcile('coupang:A00012345', [item({ ...place, name: '없는 출고지' })]);
    expect(absent.get('item-1')).toBe('notApplied');
  });

  it('a 400 from Coupang is a final rejection with its words', async () => {
    const { client } = testClient(() => ({
      status: 400,
      body: '{"code":400,"message":"이미 사용중인 출고지명입니다."}',
    }));
    const sent = placeAction(clientsOf(client)).send('coupang:A00012345', [item(place)]);
    await expect(sent).rejects.toMatchObject({
      failure: { kind: 'rejected', message: '이미 사용중인 출고지명입니다.' },
    });
  });

  it('a download coupon create cannot be looked up (Coupang lists none): its outcome stays unknown, never guessed', async () => {
    const { client, requests } = testClient(() => ({ body: '{}' }));
    const core = {} as CoreServices;
    const verdict = await couponAction(core, clientsOf(client)).reconcile('coupang:A00012345', [
      item({
        op: 'create' as const,
        coupon: {
          kind: 'download' as const,
          contractId: '60',
          name: '감사 쿠폰',
          discountType: 'PRICE' as const,
          discount: 2000,
          maxDiscount: 0,
          minimumPrice: 20000,
          perDay: 100,
          startAt: '2025-07-16 12:00',
          endAt: '2025-07-30 23:59',
          userId: 'wing',
        },
      }),
    ]);
    expect(verdict.get('item-1')).toBe('unknown');
    expect(requests).toHaveLength(0);
  });

  it('a failed download attach comes back as the coupon destroyed, in Coupang words', async () => {
    const { client } = testClient(() => ({
      body: '[{"requestResultStatus":"FAIL","body":null,"errorCode":"INVALID_VENDOR_ITEM","errorMessage":"유효하지 않은 옵션ID 입니다: 1. 쿠폰이 파기되었습니다."}]',
    }));
    const result = await couponAction({} as CoreServices, clientsOf(client)).send('coupang:A00012345', [
      item({
        op: 'attach' as const,
        kind: 'download' as const,
        couponId: '88001',
        vendorItemIds: ['1'],
        userId: 'wing',
      }),
    ]);
    expect(result.get('item-1')).toEqual({
      outcome: 'rejected',
      code: 'COUPON_DESTROYED',
      message: '유효하지 않은 옵션ID 입니다: 1. 쿠폰이 파기되었습니다.',
      retryable: false,
    });
  });
});
