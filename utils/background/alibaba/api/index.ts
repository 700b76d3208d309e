/** Public surface of the 1688 client library (background service worker only). */

export type { LogisticsShipment, LogisticsTrace, TraceStep } from '../logistics/view';
export type { OfferPriceTier, OfferSku, OfferView } from '../offers/view';
export type { AlibabaOrderStatusFilter, OrderListQuery, OrderPage } from '../orders/order-query';
export type * from '../purchase/preview';
export type { ApiRef } from './api-catalog';
export {
  type AlibabaClient,
  type AlibabaClientConfig,
  createAlibabaClient,
  type OrderView,
  type RequestOptions,
} from './client';
export { type AlibabaErrorKind, type AlibabaFixKey, isAlibabaApiError } from './errors';
export {
  authFlowRejection,
  buildAuthorizeUrl,
  completeAuthorization,
  createOAuthState,
  OAuthRedirectError,
  type OAuthRedirectErrorKind,
  parseAuthorizeRedirect,
} from './oauth';
export { type AopSigner, LocalSigner, RelaySigner, type RelaySignerOptions } from './signer';
export { createDirectTokenEndpoint, createRelayTokenEndpoint, type TokenEndpoint } from './token-endpoint';
export {
  createTokenManager,
  type ReauthReason,
  type TokenManager,
  type TokenManagerOptions,
  type TokenStore,
} from './token-manager';
export type { Tokens } from './tokens';
