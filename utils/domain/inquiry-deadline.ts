/**
 * Answer deadlines of Coupang customer inquiries, one table read by the background (badge urgency,
 * counts) and the inquiries view (countdown, whether the reply is possible). Instants are epoch ms;
 * Coupang's times are KST ISO strings with their `+09:00` offset, so no machine zone is involved.
 *
 * - Call-centre transfers: Coupang closes one left unanswered for 24 h after the transfer; from
 *   then on the API refuses an answer or a confirmation. A hard deadline.
 * - Product Q&A: the API accepts an answer at any time; Crossdock counts down to a 24 h answer
 *   target so the seller answers in time, and marks later answers as late. A soft deadline.
 */
export const ANSWER_WINDOW_MS = 24 * 3_600_000;
/** Under this much time left the badge turns urgent and the row is highlighted. */
export const URGENT_MS = 2 * 3_600_000;

/** Epoch ms of a KST (or any offset) ISO date-time; undefined when unreadable. */
export function instantOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The answer deadline of an inquiry asked (or transferred) at `askedAt`. */
export function answerDeadline(askedAt: string | undefined): number | undefined {
  const at = instantOf(askedAt);
  return at === undefined ? undefined : at + ANSWER_WINDOW_MS;
}

export type DeadlineStanding = 'ok' | 'urgent' | 'late';

/** `late` once the deadline passed, `urgent` under 2 hours before it. */
export function deadlineStanding(deadlineAt: number | undefined, now: number): DeadlineStanding | undefined {
  if (deadlineAt === undefined) return undefined;
  if (deadlineAt <= now) return 'late';
  return deadlineAt - now < URGENT_MS ? 'urgent' : 'ok';
}

/** Why a reply (or confirmation) cannot be sent now; undefined when it can. */
export type ReplyBlock = 'answered' | 'closed' | 'deadlinePassed' | 'needsConfirm' | 'inFlight';

export interface ReplyFacts {
  state: 'unanswered' | 'needsConfirm' | 'answered' | 'closed';
  deadlineAt?: number;
  hardDeadline: boolean;
  /** A write for this inquiry is queued or being sent. */
  inFlight: boolean;
}

/** Whether the seller may answer this inquiry now, and if not, why (shown beside the disabled form). */
export function replyBlock(f: ReplyFacts, now: number): ReplyBlock | undefined {
  if (f.inFlight) return 'inFlight';
  if (f.state === 'answered') return 'answered';
  if (f.state === 'closed') return 'closed';
  if (f.hardDeadline && f.deadlineAt !== undefined && f.deadlineAt <= now) return 'deadlinePassed';
  if (f.state === 'needsConfirm') return 'needsConfirm';
  return undefined;
}

/** Whether a call-centre transfer may still be confirmed now. */
export function confirmBlock(f: ReplyFacts, now: number): ReplyBlock | undefined {
  if (f.inFlight) return 'inFlight';
  if (f.state !== 'needsConfirm') return f.state === 'closed' ? 'closed' : 'answered';
  if (f.deadlineAt !== undefined && f.deadlineAt <= now) return 'deadlinePassed';
  return undefined;
}
