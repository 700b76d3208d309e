import {
  accountOfAlarm,
  BLOCK_MARGIN_MS,
  decideOnStart,
  decideTick,
  desiredAlarms,
  MIN_DELAY_MS,
  nextSyncAt,
  planAlarms,
  type ScheduleAccount,
  syncAlarmName,
} from '@/utils/background/schedule/decisions';

const MIN = 60_000;
const NOW = Date.parse('2025-03-10T01:00:00Z');
const A = 'coupang:A00012345';
const B = 'coupang:A00099999';

const ok = (over: Partial<ScheduleAccount> = {}): ScheduleAccount => ({
  accountKey: A,
  status: 'ok',
  lastSyncAt: NOW - 2 * MIN,
  ...over,
});

describe('alarm names', () => {
  it('round-trips the account key and ignores other alarms', () => {
    expect(accountOfAlarm(syncAlarmName(A))).toBe(A);
    expect(accountOfAlarm('crossdock.cacheSweep')).toBeUndefined();
    expect(accountOfAlarm('crossdock.sync:')).toBeUndefined();
  });
});

describe('desired alarms', () => {
  it('one periodic alarm per connected account, due one interval after its last sync', () => {
    const d = desiredAlarms([ok(), ok({ accountKey: B, lastSyncAt: undefined })], 5, NOW);
    expect(d).toEqual([
      { name: syncAlarmName(A), when: NOW + 3 * MIN, periodInMinutes: 5 },
      { name: syncAlarmName(B), when: NOW + MIN_DELAY_MS, periodInMinutes: 5 },
    ]);
  });

  it('pauses a blocked account until its block ends', () => {
    const until = NOW + 10 * MIN;
    const [d] = desiredAlarms([ok({ blockedUntil: until })], 5, NOW);
    expect(d.when).toBe(until + BLOCK_MARGIN_MS);
    expect(d.notBefore).toBe(until + BLOCK_MARGIN_MS);
    // A block that already ended changes nothing.
    expect(desiredAlarms([ok({ blockedUntil: NOW - 1 })], 5, NOW)[0].notBefore).toBeUndefined();
  });

  it('has no alarm for an account waiting to be reconnected', () => {
    expect(desiredAlarms([ok({ status: 'needsReauth' })], 5, NOW)).toEqual([]);
    expect(desiredAlarms([ok({ status: 'error', lastErrorKind: 'invalidSignature' })], 5, NOW)).toEqual([]);
    // An IP not yet allowed fixes itself once the seller registers it: keep trying.
    expect(desiredAlarms([ok({ status: 'error', lastErrorKind: 'ipNotAllowed' })], 5, NOW)).toHaveLength(1);
  });

  it('never schedules sooner than Chrome allows', () => {
    expect(nextSyncAt(ok({ lastSyncAt: NOW - 60 * MIN }), 5, NOW)).toBe(NOW + MIN_DELAY_MS);
  });
});

describe('planning alarm changes', () => {
  const existing = (over: Partial<{ name: string; scheduledTime: number; periodInMinutes: number }> = {}) => ({
    name: syncAlarmName(A),
    scheduledTime: NOW + 1 * MIN,
    periodInMinutes: 5,
    ...over,
  });

  it('keeps a matching alarm as it is (a worker restart never pushes the next sync back)', () => {
    expect(planAlarms([existing()], desiredAlarms([ok()], 5, NOW))).toEqual({ create: [], clear: [] });
  });

  it('re-creates alarms when the interval changes', () => {
    const plan = planAlarms([existing()], desiredAlarms([ok()], 15, NOW));
    expect(plan.create).toEqual([{ name: syncAlarmName(A), when: NOW + 13 * MIN, periodInMinutes: 15 }]);
  });

  it('moves an alarm that would fire inside a rate-limit block', () => {
    const until = NOW + 10 * MIN;
    const plan = planAlarms([existing()], desiredAlarms([ok({ blockedUntil: until })], 5, NOW));
    expect(plan.create[0].when).toBe(until + BLOCK_MARGIN_MS);
    // Already after the block: left alone.
    expect(
      planAlarms([existing({ scheduledTime: until + MIN })], desiredAlarms([ok({ blockedUntil: until })], 5, NOW))
        .create,
    ).toEqual([]);
  });

  it('clears alarms of disconnected or paused accounts, and only sync alarms', () => {
    const plan = planAlarms(
      [
        existing(),
        existing({ name: syncAlarmName(B) }),
        { name: 'crossdock.cacheSweep', scheduledTime: NOW, periodInMinutes: 5 },
      ],
      desiredAlarms([ok({ accountKey: B, status: 'needsReauth' })], 5, NOW),
    );
    expect(plan.clear.sort()).toEqual([syncAlarmName(A), syncAlarmName(B)].sort());
    expect(plan.create).toEqual([]);
  });
});

describe('an alarm tick', () => {
  const base = { consent: true, running: false, intervalMinutes: 5, now: NOW };
  const acc = ok({ lastSyncAt: NOW - 5 * MIN });

  it('runs a due sync', () => {
    expect(decideTick({ ...base, account: acc })).toEqual({ run: true });
  });

  it('never overlaps a running sync of the same account', () => {
    expect(decideTick({ ...base, account: acc, running: true })).toEqual({ run: false, reason: 'running' });
  });

  it('skips while blocked, waiting for reconnection, without consent, or right after a manual sync', () => {
    expect(decideTick({ ...base, account: { ...acc, blockedUntil: NOW + MIN } })).toMatchObject({ reason: 'blocked' });
    expect(decideTick({ ...base, account: { ...acc, status: 'needsReauth' } })).toMatchObject({
      reason: 'needsReconnect',
    });
    expect(decideTick({ ...base, account: acc, consent: false })).toMatchObject({ reason: 'noConsent' });
    expect(decideTick({ ...base, account: { ...acc, lastSyncAt: NOW - MIN } })).toMatchObject({ reason: 'recent' });
    expect(decideTick({ ...base, account: undefined })).toMatchObject({ reason: 'noAccount' });
  });
});

describe('worker start', () => {
  const base = { account: ok(), consent: true, running: false, now: NOW };
  it('resumes a sync a suspension interrupted (its checkpoint is left)', () => {
    expect(decideOnStart({ ...base, hasCheckpoint: true })).toBe('resume');
    expect(decideOnStart({ ...base, hasCheckpoint: false })).toBe('wait');
  });
  it('does not resume into a block, a running sync or without consent', () => {
    expect(decideOnStart({ ...base, hasCheckpoint: true, account: ok({ blockedUntil: NOW + MIN }) })).toBe('wait');
    expect(decideOnStart({ ...base, hasCheckpoint: true, running: true })).toBe('wait');
    expect(decideOnStart({ ...base, hasCheckpoint: true, consent: false })).toBe('wait');
    // A run that failed left its checkpoint too: the alarm retries it, not every wake-up.
    expect(
      decideOnStart({ ...base, hasCheckpoint: true, account: ok({ status: 'error', lastErrorKind: 'server' }) }),
    ).toBe('wait');
  });
});
