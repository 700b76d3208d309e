import type { WorkState } from '../../../domain/order';

/** The work state a Coupang ordersheet status means when no cancel request is pending. */
export function workStateOfMarket(status: string): WorkState {
  switch (status) {
    case 'ACCEPT':
      return 'new';
    case 'INSTRUCT':
      return 'toShip';
    case 'DEPARTURE':
    case 'DELIVERING':
    case 'NONE_TRACKING':
      return 'inTransit';
    case 'FINAL_DELIVERY':
      return 'delivered';
    default:
      return 'other';
  }
}
