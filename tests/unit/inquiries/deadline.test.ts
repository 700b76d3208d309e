import {
  ANSWER_WINDOW_MS,
  answerDeadline,
  confirmBlock,
  deadlineStanding,
  replyBlock,
} from '@/utils/domain/inquiry-deadline';
import { inEachZone } from '../support/zones';

const HOUR = 3_600_000;

describe('answer deadlines (KST)', () => {
  it('is 24 h after the KST time Coupang gives, whatever zone this computer is in', () => {
    inEachZone(() => {
      // 23:30 on 4 December in Korea is still 4 December 14:30 in UTC.
      expect(answerDeadline('2026-12-04T23:30:00+09:00')).toBe(Date.parse('2026-12-05T14:30:00Z'));
      expect(answerDeadline('2026-12-04T23:30:00.123456+09:00')).toBe(Date.parse('2026-12-05T14:30:00.123Z'));
    });
    expect(answerDeadline(undefined)).toBeUndefined();
    expect(answerDeadline('not a date')).toBeUndefined();
  });

  it('is urgent under 2 hours left and late once passed', () => {
    const due = Date.parse('2026-12-05T14:30:00Z');
    expect(deadlineStanding(due, due - 3 * HOUR)).toBe('ok');
    expect(deadlineStanding(due, due - 2 * HOUR)).toBe('ok');
    expect(deadlineStanding(due, due - 2 * HOUR + 1)).toBe('urgent');
    expect(deadlineStanding(due, due)).toBe('late');
    expect(deadlineStanding(undefined, due)).toBeUndefined();
  });
});

describe('whether an answer can be sent', () => {
  const asked = Date.parse('2026-12-04T10:00:00Z');
  const deadlineAt = asked + ANSWER_WINDOW_MS;
  const callCenter = { state: 'unanswered' as const, deadlineAt, hardDeadline: true, inFlight: false };
  const product = { ...callCenter, hardDeadline: false };

  it('call centre: refused once the 24 h after the transfer have passed, with that reason', () => {
    expect(replyBlock(callCenter, deadlineAt - 1)).toBeUndefined();
    expect(replyBlock(callCenter, deadlineAt)).toBe('deadlinePassed');
  });

  it('product Q&A: still possible after the 24 h target (Coupang accepts late answers)', () => {
    expect(replyBlock(product, deadlineAt + 10 * ANSWER_WINDOW_MS)).toBeUndefined();
  });

  it('names why: answered, closed by Coupang, a confirmation needed, an answer on its way', () => {
    expect(replyBlock({ ...product, state: 'answered' }, asked)).toBe('answered');
    expect(replyBlock({ ...callCenter, state: 'closed' }, asked)).toBe('closed');
    expect(replyBlock({ ...callCenter, state: 'needsConfirm' }, asked)).toBe('needsConfirm');
    expect(replyBlock({ ...product, inFlight: true }, asked)).toBe('inFlight');
  });

  it('confirm: only transfers waiting for one, within the 24 h', () => {
    const transfer = { ...callCenter, state: 'needsConfirm' as const };
    expect(confirmBlock(transfer, deadlineAt - 1)).toBeUndefined();
    expect(confirmBlock(transfer, deadlineAt)).toBe('deadlinePassed');
    expect(confirmBlock(callCenter, asked)).toBe('answered');
    expect(confirmBlock({ ...callCenter, state: 'closed' }, asked)).toBe('closed');
  });
});
