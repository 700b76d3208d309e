import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs` (deadline colours, "synced 3 min ago", countdowns). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
