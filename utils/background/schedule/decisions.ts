/**
 * Scheduling decisions, as pure functions of plain facts (accounts, alarms, the clock), so they
 * are tested without a browser. The scheduler (scheduler.ts) only gathers the facts and applies
 * the result with `browser.alarms`.
 *
 * - One periodic alarm per connected account drives its incremental sync.
 * - An account blocked by a 429 (health.blockedUntil) is paused: its alarm first fires after the
 *   block ends. An account that needs reconnecting (expired 1688 authorization, a Coupang key the
 *   gateway refuses) has no alarm until the seller fixes it.
 * - Jobs never overlap for an account: a tick skips an account whose sync is running (the sync
 *   coordinator would join it anyway) or that synced moments ago (the seller pressed "sync now").
 * - A worker suspended mid-sync leaves a checkpoint: the next worker start resumes it.
 */
const SYNC_ALARM_PREFIX = 'crossdock.sync:';
/** Key/token expiry checks (connection attention), twice a day. */
export const EXPIRY_ALARM = 'crossdock.expiryCheck';
export const EXPIRY_PERIOD_MINUTES = 12 * 60;
/** Chrome's smallest alarm delay. */
export const MIN_DELAY_MS = 30_000;
/** After a 429 block ends, wait a little more before the first call. */
export const BLOCK_MARGIN_MS = 5_000;

const MINUTE = 60_000;

/** Error kinds that never fix themselves: the seller must enter new keys or authorize again. */
export const RECONNECT_KINDS: ReadonlySet<string> = new Set([
  'needsReauth',
  'invalidSignature',
  'unknownAccessKey',
  'unauthorized',
  'vendorMismatch',
  'keyExpired',
]);

export interface ScheduleAccount {
  accountKey: string;
  status: 'ok' | 'checking' | 'error' | 'blocked' | 'needsReauth';
  lastErrorKind?: string;
  lastSyncAt?: number;
  /** From AccountsService.health: a rate-limit block still in force. */
  blockedUntil?: number;
}

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmSpec {
  name: string;
  /** First firing (epoch ms). */
  when: number;
  periodInMinutes: number;
  /** The alarm must not fire before this (a rate-limit block): an earlier existing alarm is moved. */
  notBefore?: number;
}

export type PauseReason = 'blocked' | 'needsReconnect';

export function syncAlarmName(accountKey: string): string {
  return `${SYNC_ALARM_PREFIX}${accountKey}`;
}

export function accountOfAlarm(name: string): string | undefined {
  return name.startsWith(SYNC_ALARM_PREFIX) ? name.slice(SYNC_ALARM_PREFIX.length) || undefined : undefined;
}

export function needsReconnect(a: Pick<ScheduleAccount, 'status' | 'lastErrorKind'>): boolean {
  return (
    a.status === 'needsReauth' || (a.status === 'error' && !!a.lastErrorKind && RECONNECT_KINDS.has(a.lastErrorKind))
  );
}

function pauseReason(a: ScheduleAccount, now: number): PauseReason | undefined {
  if (needsReconnect(a)) return 'needsReconnect';
  if (a.blockedUntil && a.blockedUntil > now) return 'blocked';
  return undefined;
}

/** When an account's next incremental sync is due. */
export function nextSyncAt(a: ScheduleAccount, intervalMinutes: number, now: number): number {
  const soonest = now + MIN_DELAY_MS;
  if (a.blockedUntil && a.blockedUntil > now) return Math.max(soonest, a.blockedUntil + BLOCK_MARGIN_MS);
  if (!a.lastSyncAt) return soonest;
  return Math.max(soonest, a.lastSyncAt + intervalMinutes * MINUTE);
}

/** The alarms the accounts call for: one per account that is not waiting for the seller. */
export function desiredAlarms(accounts: ScheduleAccount[], intervalMinutes: number, now: number): AlarmSpec[] {
  const out: AlarmSpec[] = [];
  for (const a of accounts) {
    const paused = pauseReason(a, now);
    if (paused === 'needsReconnect') continue;
    const when = nextSyncAt(a, intervalMinutes, now);
    out.push({
      name: syncAlarmName(a.accountKey),
      when,
      periodInMinutes: intervalMinutes,
      ...(paused === 'blocked' ? { notBefore: when } : {}),
    });
  }
  return out;
}

/**
 * What to change so the alarms match the accounts. An alarm that already exists with the right
 * period is kept as it is: re-creating alarms at every worker start would keep pushing the next
 * sync back, and a busy worker would never sync.
 */
export function planAlarms(existing: ExistingAlarm[], desired: AlarmSpec[]): { create: AlarmSpec[]; clear: string[] } {
  const wanted = new Map(desired.map((d) => [d.name, d]));
  const clear = existing.filter((e) => accountOfAlarm(e.name) !== undefined && !wanted.has(e.name)).map((e) => e.name);
  const byName = new Map(existing.map((e) => [e.name, e]));
  const create = desired.filter((d) => {
    const e = byName.get(d.name);
    if (!e) return true;
    if (e.periodInMinutes !== d.periodInMinutes) return true;
    return d.notBefore !== undefined && e.scheduledTime < d.notBefore;
  });
  return { create, clear };
}

export type TickDecision =
  | { run: true }
  | { run: false; reason: 'noAccount' | 'noConsent' | 'blocked' | 'needsReconnect' | 'running' | 'recent' };

/**
 * An account's alarm fired: sync now or skip. A sync finished less than half an interval ago
 * (a manual "sync now") makes this tick redundant.
 */
export function decideTick(input: {
  account: ScheduleAccount | undefined;
  consent: boolean;
  running: boolean;
  intervalMinutes: number;
  now: number;
}): TickDecision {
  const { account, now } = input;
  if (!account) return { run: false, reason: 'noAccount' };
  if (!input.consent) return { run: false, reason: 'noConsent' };
  const paused = pauseReason(account, now);
  if (paused) return { run: false, reason: paused };
  if (input.running) return { run: false, reason: 'running' };
  if (account.lastSyncAt && now - account.lastSyncAt < (input.intervalMinutes * MINUTE) / 2)
    return { run: false, reason: 'recent' };
  return { run: true };
}

/**
 * A worker (re)started: a sync interrupted by suspension left its checkpoint behind and resumes
 * at once (from that checkpoint); everything else waits for its alarm.
 */
export function decideOnStart(input: {
  account: ScheduleAccount;
  hasCheckpoint: boolean;
  consent: boolean;
  running: boolean;
  now: number;
}): 'resume' | 'wait' {
  if (!input.hasCheckpoint || !input.consent || input.running) return 'wait';
  // A run that failed (not one that was cut off) also leaves its checkpoint: the alarm retries it
  // on schedule, not every time the worker wakes up.
  if (input.account.status === 'error') return 'wait';
  return pauseReason(input.account, input.now) ? 'wait' : 'resume';
}
