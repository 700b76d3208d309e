import { toRow } from '@/utils/background/orders/order-query';
import { pendingByOrder, stillPending } from '@/utils/background/orders/pending-actions';
import type { OutboxRecord } from '@/utils/background/store/db';
import { order } from '../coupang/sync-harness';

let clock = 0;
function record(orderKey: string, action: string, state: OutboxRecord['state'], message?: string): OutboxRecord {
  clock += 1;
  return {
    id: `r${clock}`,
    accountKey: 'coupang:A00054321',
    action,
    targetId: orderKey,
    payload: { orderKey },
    state,
    attempts: 1,
    createdAt: clock,
    updatedAt: clock,
    ...(state === 'failed' ? { result: { outcome: 'rejected', code: 'badRequest', message, retryable: false } } : {}),
  };
}

describe('the action chip an order row shows (issue 12, bug 1)', () => {
  const instruct = order('100000000000000001', 'INSTRUCT', '2026-11-20');
  const departed = order('100000000000000001', 'DEPARTURE', '2026-11-20');

  it('drops a failed upload once a later upload of the same order succeeded', () => {
    const records = [
      record(
        instruct.key,
        'coupang.uploadInvoice',
        'failed',
        'CJ대한통운의 송장번호 형식에 맞지않는 운송장 번호 입니다.',
      ),
      record(instruct.key, 'coupang.uploadInvoice', 'succeeded'),
    ];
    const pending = pendingByOrder(records);
    expect(pending.has(instruct.key)).toBe(false);
    expect(toRow(departed, { labels: new Map(), pending }).pendingAction).toBeUndefined();
  });

  it('keeps a failure that is still the newest word about an order that still needs the action', () => {
    const pending = pendingByOrder([record(instruct.key, 'coupang.uploadInvoice', 'failed', 'no')]);
    expect(toRow(instruct, { labels: new Map(), pending }).pendingAction).toMatchObject({
      action: 'coupang.uploadInvoice',
      state: 'failed',
      message: 'no',
    });
  });

  it('drops a failure once the order moved past the state the action was for (done in Wing, then synced)', () => {
    const failed = pendingByOrder([record(instruct.key, 'coupang.uploadInvoice', 'failed')]).get(instruct.key);
    expect(stillPending(departed, failed)).toBeUndefined();
    // Still queued or sending: it is going to happen, whatever the order shows now.
    const queued = pendingByOrder([record(instruct.key, 'coupang.uploadInvoice', 'queued')]).get(instruct.key);
    expect(stillPending(departed, queued)).toEqual(queued);
  });
});
