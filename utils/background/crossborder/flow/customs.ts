import type { CustomsCheck } from '../../../protocol/messages/crossborder';

/** 개인통관고유부호: `P` followed by 12 digits (Korea Customs Service). */
const CUSTOMS_CODE = /^P\d{12}$/;

/**
 * Checks a customer's personal customs code before anything is bought for the order: a parcel
 * without a valid code is held at Korean customs. Case and spaces are the buyer's typing, not an
 * error (Coupang passes what the buyer typed).
 */
export function checkCustomsCode(code: string | undefined): CustomsCheck {
  if (code === undefined || code.trim() === '') return 'missing';
  return CUSTOMS_CODE.test(code.trim().toUpperCase()) ? 'ok' : 'malformed';
}
