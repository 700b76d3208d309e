import type { MessageKey } from '../../i18n';
import { type ErrorDescription, type Translate, toErrorLike } from './error-like';

/**
 * 1688 errors come as `alibaba.<kind>` with the fix's name in `params.fix` (see
 * utils/background/alibaba/errors.ts). The words are `alibaba.err.<kind>` (what happened) and
 * `alibaba.fix.<name>` (what to do) in dictionaries/errors-1688.ts; kinds raised in the extension
 * itself carry no fix name, so this table names theirs.
 */
const LOCAL_FIX: Record<string, string> = {
  authDenied: 'retryAuth',
  authCancelled: 'retryAuth',
  authStateMismatch: 'retryAuthFresh',
  authMissingCode: 'retryAuth',
  authCodeRejected: 'retryAuthFast',
  memberMismatch: 'sameMember',
  relayPairingRejected: 'checkPairing',
  relayAppKeyMismatch: 'checkAppKey',
  relayPermissionMissing: 'grantPermission',
  noAccount: 'connectFirst',
  addressRequired: 'enterAddress',
  previewExpired: 'previewAgain',
  previewMismatch: 'previewAgain',
  notOrderable: 'orderOn1688',
  offerNotInPage: 'none',
  orderNotAlibaba: 'none',
  paused: 'waitAndRetry',
  timeout: 'waitAndRetry',
  network: 'checkConnection',
  outcomeUnknown: 'checkPurchaseOrders',
};

/** `alibaba.reauthRequired` → `reauthRequired`; undefined for anything not from 1688. */
export function alibabaKindOf(error: unknown): string | undefined {
  const e = toErrorLike(error);
  const kind = e.kind ?? e.code;
  return kind?.startsWith('alibaba.') ? kind.slice('alibaba.'.length) : undefined;
}

/** 1688 wording for a 1688 error (its kind keeps the `alibaba.` prefix); undefined for any other error. */
export function describe1688Error(error: unknown, t: Translate): ErrorDescription | undefined {
  const kind = alibabaKindOf(error);
  if (!kind) return undefined;
  const e = toErrorLike(error);
  const titleKey = `alibaba.err.${kind}`;
  const title = t(titleKey as MessageKey);
  const fixName = typeof e.params?.fix === 'string' ? e.params.fix : LOCAL_FIX[kind];
  const fixKey = fixName ? `alibaba.fix.${fixName}` : undefined;
  const fix = fixKey ? t(fixKey as MessageKey) : undefined;
  return {
    kind: `alibaba.${kind}`,
    title: title === titleKey ? (e.message ?? kind) : title,
    fix: fix && fix !== fixKey && fixName !== 'none' ? fix : undefined,
  };
}
