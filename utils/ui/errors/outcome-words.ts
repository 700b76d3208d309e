import type { MessageKey } from '../../i18n';
import { describeError, errorKindOf } from './describe-error';
import type { Translate } from './error-like';

/** Outbox actions are namespaced by marketplace (`coupang.acknowledge`); the UI names the action. */
export function baseAction(action: string): string {
  return action.slice(action.lastIndexOf('.') + 1);
}

/** Words for one action result (`OutboxItemView.result`): Coupang result codes first, then error kinds. */
export function describeOutcome(
  action: string,
  result: { code?: string; message?: string } | undefined,
  state: string,
  t: Translate,
): string {
  if (state === 'unknown') return t('outcome.unknownResult');
  const code = result?.code === 'invalidStatus' ? 'INVALID_STATUS' : result?.code;
  const act = baseAction(action);
  if (code) {
    const specific = `outcome.${code}.${act}`;
    const byAction = t(specific as MessageKey);
    if (byAction !== specific) return byAction;
    const general = `outcome.${code}`;
    const byCode = t(general as MessageKey);
    if (byCode !== general) return byCode;
    // Error kinds, also in the outbox's upper-case spelling (RATE_LIMITED, TIMEOUT).
    const kind = /^[A-Z_]+$/.test(code)
      ? code.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
      : code;
    if (errorKindOf({ kind }) !== 'generic') {
      const d = describeError({ kind, message: result?.message }, t);
      return [d.title, d.fix].filter(Boolean).join(' — ');
    }
  }
  return result?.message ?? code ?? '';
}
