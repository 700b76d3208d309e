import { randomBytes } from 'node:crypto';
import { wireJson } from '../../core/json';

/**
 * Gateway-layer errors (1688-api.md §3.1): non-2xx with exactly the four keys the official Python
 * SDK reads — error_code, error_message, exception, request_id.
 */
export function gatewayError(status: number, code: string, message: string, exception = message): Response {
  return wireJson({ error_code: code, error_message: message, exception, request_id: requestId() }, status);
}

/** A request id shaped like the gateway's (hex, no meaning). */
export function requestId(): string {
  return randomBytes(8).toString('hex');
}

export const gw = {
  appKeyMissing: () => gatewayError(400, 'gw.AppKeyMissing', 'AppKey is missing'),
  appKeyNotFound: (appKey: string) => gatewayError(400, 'gw.AppKeyNotFound', `AppKey not found: ${appKey}`),
  apiUnsupported: (api: string) => gatewayError(400, 'gw.APIUnsupported', `API is unsupported: ${api}`),
  signatureMissing: () => gatewayError(400, 'gw.SignatureMissing', 'Signature is missing'),
  signatureInvalid: () => gatewayError(400, 'gw.SignatureInvalid', 'Signature is invalid'),
  /** Name and window are not documented (§8): this sandbox rejects timestamps >10 minutes off. */
  timestampInvalid: () =>
    gatewayError(400, 'gw.TimestampInvalid', '_aop_timestamp is invalid or out of the allowed time window'),
  /** HTTP status of the token error is UNVERIFIED in the doc; 401 here, body as clients check it. */
  needAuthorization: () => gatewayError(401, '401', 'Request need user authorized'),
  aclDecline: () => gatewayError(400, 'gw.APIACLDecline', 'AppKey is not allowed(acl)'),
  frequencyLimit: () => gatewayError(400, 'gw.QosAppFrequencyLimit', 'App call exceeds the limited frequency'),
  noUsageLeft: () => gatewayError(400, 'gw.NoUsageLeftError', 'SLA bill has no usage left'),
  paramMissing: (name: string) => gatewayError(400, 'gw.ParamMissing', `Required argument ${name}`),
  paramTypeError: (name: string) => gatewayError(400, 'gw.ParamTypeError', `Invalid argument type or format: ${name}`),
  methodNotAllowed: () => gatewayError(405, 'gw.HttpMethodNotAllowed', 'Only POST and GET are supported'),
};

/** Thrown by parameter readers; the pipeline turns it into gw.ParamMissing / gw.ParamTypeError. */
export class ParamError extends Error {
  constructor(
    readonly kind: 'missing' | 'type',
    readonly param: string,
  ) {
    super(`${kind} ${param}`);
  }
}
