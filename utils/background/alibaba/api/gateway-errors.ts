import { AlibabaApiError, type AlibabaErrorKind, type AlibabaFixKey } from './errors';

/**
 * Gateway-layer errors: the gateway answers before the API runs, with a non-2xx status and
 * `{error_code, error_message, exception, request_id}` (docs/1688-api.md §3.1–3.2).
 */
export interface GatewayErrorBody {
  error_code?: unknown;
  error_message?: unknown;
  request_id?: unknown;
}

interface Rule {
  kind: AlibabaErrorKind;
  fix: AlibabaFixKey;
  retryable: boolean;
  retryAfterMs?: number;
}

/** Field reports: one client backs off 10 s → 120 s on the frequency limit. */
const QOS_RETRY_AFTER_MS = 10_000;

const BY_CODE: Record<string, Rule> = {
  'gw.SignatureInvalid': { kind: 'signatureInvalid', fix: 'checkAppSecret', retryable: false },
  'gw.SignatureMissing': { kind: 'signatureInvalid', fix: 'checkAppSecret', retryable: false },
  '401': { kind: 'unauthorized', fix: 'reconnect', retryable: false },
  'gw.APIACLDecline': { kind: 'apiNotGranted', fix: 'requestApiAccess', retryable: false },
  'gw.QosAppFrequencyLimit': {
    kind: 'rateLimited',
    fix: 'waitAndRetry',
    retryable: true,
    retryAfterMs: QOS_RETRY_AFTER_MS,
  },
  'gw.NoUsageLeftError': { kind: 'quotaExhausted', fix: 'buyCallPackage', retryable: false },
  'gw.ParamMissing': { kind: 'paramMissing', fix: 'reportBug', retryable: false },
  'gw.APIUnsupported': { kind: 'apiUnsupported', fix: 'reportBug', retryable: false },
  'gw.AppKeyMissing': { kind: 'appKeyInvalid', fix: 'checkAppKey', retryable: false },
  'gw.AppKeyNotFound': { kind: 'appKeyInvalid', fix: 'checkAppKey', retryable: false },
};

const UNAUTHORIZED_TEXT = /need user authori[sz]ed|authori[sz]ation is required/i;
// The exact timestamp error code is not documented (§8); anything naming the timestamp is a clock problem.
const TIMESTAMP_TEXT = /timestamp/i;
const PARAM_MISSING_TEXT = /param\w*missing|missing\w*param/i;

function ruleFor(code: string, text: string, status: number): Rule {
  const exact = BY_CODE[code];
  if (exact) return exact;
  if (UNAUTHORIZED_TEXT.test(text) || status === 401) return BY_CODE['401']!;
  if (TIMESTAMP_TEXT.test(code) || TIMESTAMP_TEXT.test(text)) {
    return { kind: 'timestampInvalid', fix: 'checkClock', retryable: false };
  }
  if (PARAM_MISSING_TEXT.test(code)) return BY_CODE['gw.ParamMissing']!;
  const serverSide = status >= 500;
  return { kind: 'gateway', fix: serverSide ? 'waitAndRetry' : 'reportBug', retryable: serverSide };
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function gatewayError(body: GatewayErrorBody, httpStatus: number, route: string): AlibabaApiError {
  const code = asText(body.error_code);
  const remote = asText(body.error_message);
  const rule = ruleFor(code, remote, httpStatus);
  const requestId = asText(body.request_id);
  return new AlibabaApiError({
    ...rule,
    route,
    httpStatus,
    code: code || undefined,
    remoteMessage: remote || undefined,
    params: { api: route, code: code || String(httpStatus), ...(requestId ? { requestId } : {}) },
    message: `1688 gateway error ${code || '(no code)'} on ${route} (HTTP ${httpStatus})`,
  });
}

/** A gateway answer is recognized by `error_code` in the body, whatever the HTTP status. */
export function isGatewayErrorBody(body: unknown): body is GatewayErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const code = (body as GatewayErrorBody).error_code;
  return (typeof code === 'string' && code !== '') || typeof code === 'number';
}
