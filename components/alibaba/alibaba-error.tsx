import { ErrorText, toErrorLike } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';

/**
 * 1688 errors come as `alibaba.<kind>` with the fix key in `params.fix` (see
 * utils/background/alibaba/errors.ts). This shows them in 1688 wording — what happened and what
 * to do — and hands everything else to the shared ErrorText.
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

export function alibabaKindOf(error: unknown): string | undefined {
  const e = toErrorLike(error);
  const kind = e.kind ?? e.code;
  return kind?.startsWith('alibaba.') ? kind.slice('alibaba.'.length) : undefined;
}

export function describeAlibabaError(
  error: unknown,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
): { kind: string; title: string; fix?: string } | undefined {
  const kind = alibabaKindOf(error);
  if (!kind) return undefined;
  const e = toErrorLike(error);
  const titleKey = `alibaba.err.${kind}`;
  const title = t(titleKey as MessageKey);
  const fixName = typeof e.params?.fix === 'string' ? e.params.fix : LOCAL_FIX[kind];
  const fixKey = fixName ? `alibaba.fix.${fixName}` : undefined;
  const fix = fixKey ? t(fixKey as MessageKey) : undefined;
  return {
    kind,
    title: title === titleKey ? (e.message ?? kind) : title,
    fix: fix && fix !== fixKey && fixName !== 'none' ? fix : undefined,
  };
}

export function AlibabaErrorText(props: { error: unknown; testid?: string; inline?: boolean }) {
  const { t } = useI18n();
  if (props.error === undefined || props.error === null) return null;
  const d = describeAlibabaError(props.error, t);
  if (!d) return <ErrorText error={props.error} testid={props.testid} inline={props.inline} />;
  const Tag = props.inline ? 'span' : 'div';
  return (
    <Tag
      class="error-text"
      role="alert"
      data-testid={props.testid ?? 'error-text'}
      data-kind={`alibaba.${d.kind}`}
      style={props.inline ? undefined : { margin: '4px 0' }}
    >
      <strong style={{ color: 'var(--danger, #b3261e)' }}>{d.title}</strong>
      {d.fix ? <span class="error-fix"> {d.fix}</span> : null}
    </Tag>
  );
}
