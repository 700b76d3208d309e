import type { PurchaseInput } from '../purchase/preview';
import { AlibabaApiError } from './errors';

/**
 * Ids reach the client from the side panel and from content scripts (the id in a tab's URL), so
 * they are checked before anything is signed: decimal digits only, as 1688 Long ids are.
 */
const DIGITS = /^\d{1,20}$/;

function invalid(route: string, field: string): AlibabaApiError {
  return new AlibabaApiError({
    kind: 'invalidInput',
    retryable: false,
    route,
    fix: 'checkId',
    params: { field },
    message: `invalid ${field} for ${route}`,
  });
}

export function checkId(value: string, field: string, route: string): void {
  if (!DIGITS.test(value)) throw invalid(route, field);
}

export function checkPurchase(input: PurchaseInput, route: string): void {
  if (input.cargo.length === 0) throw invalid(route, 'cargo');
  for (const c of input.cargo) {
    checkId(c.offerId, 'offerId', route);
    if (!Number.isSafeInteger(c.quantity) || c.quantity <= 0) throw invalid(route, 'quantity');
  }
  if (input.address.address.length > 200) throw invalid(route, 'address');
}
