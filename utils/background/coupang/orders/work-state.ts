import type { WorkState } from '../../../domain/order';
import { statusRow } from '../../../domain/order-status';

/** The work state a Coupang ordersheet status means when no cancel request is pending. */
export function workStateOfMarket(status: string): WorkState {
  return statusRow('coupang', status).workState;
}
