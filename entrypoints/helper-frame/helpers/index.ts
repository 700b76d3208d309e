import type { HelperId } from '@/utils/page-helpers/types';
import type { HelperRenderer } from './common';
import { Offer1688Helper } from './offer-1688';
import { Order1688Helper } from './order-1688';
import { WingCoupangHelper } from './wing-coupang';

/**
 * What each helper renders, by id (the refined-github pattern: one file per helper). Which page a
 * helper serves, and the ids it reads from the URL, is in utils/page-helpers/registry.ts, shared
 * with the background's scope check.
 */
export const HELPER_RENDERERS: Record<HelperId, HelperRenderer> = {
  'offer-1688': Offer1688Helper,
  'order-1688': Order1688Helper,
  'wing-coupang': WingCoupangHelper,
};
