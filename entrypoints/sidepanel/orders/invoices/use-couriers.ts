import { useEffect, useState } from 'preact/hooks';
import type { TrackingRule } from '@/utils/domain/tracking-number';
import { send } from '@/utils/protocol/client';

export interface Courier {
  code: string;
  name: string;
  rule: TrackingRule;
}

let cached: Promise<Courier[]> | undefined;

/** The official courier list (HYUNDAI = 롯데택배), loaded once per page. */
export function useCouriers(): Courier[] {
  const [list, setList] = useState<Courier[]>([]);
  useEffect(() => {
    cached ??= send('couriers.list', {}).then(
      (r) => r.couriers,
      (e) => {
        cached = undefined;
        throw e;
      },
    );
    cached.then(setList, () => undefined);
  }, []);
  return list;
}

/** Sellers type tracking numbers with dashes and spaces; couriers want the bare number. */
export function cleanTracking(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
