/** Machine zones a marketplace-zone computation must not depend on (a seller's PC may be set to any). */
export const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Seoul', 'Asia/Kolkata', 'Pacific/Kiritimati'];

/** Runs `fn` once with the process in each of ZONES, then restores the zone. */
export function inEachZone(fn: () => void): void {
  const saved = process.env.TZ;
  try {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      fn();
    }
  } finally {
    process.env.TZ = saved;
  }
}
