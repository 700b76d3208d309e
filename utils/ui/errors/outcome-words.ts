import type { MessageKey } from '../../i18n';
import { describeError, errorKindOf } from './describe-error';
import type { Translate } from './error-like';

/** Outbox actions are namespaced by marketplace (`coupang.acknowledge`); the UI names the action. */
export function baseAction(action: string): string {
  return action.slice(action.lastIndexOf('.') + 1);
}

/** Kinds where the marketplace's own message says what was wrong with this request. */
const MARKET_REFUSALS = new Set<string>(['badRequest', 'invalidStatus', 'notFound', 'vendorMismatch', 'forbidden']);

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
    const known = errorKindOf({ kind });
    if (known !== 'generic') {
      const d = describeError({ kind, message: result?.message }, t);
      // A refusal the marketplace explained: its own words are the fix (e.g. "CJ대한통운의 송장번호
      // 형식에 맞지않는…"), not our generic "check the values".
      if (result?.message && MARKET_REFUSALS.has(known)) return `${d.title}: ${result.message}`;
      return [d.title, d.fix].filter(Boolean).join(' — ');
    }
  }
  return result?.message ?? code ?? '';
}

/** Why an order's last action did not go through, for its row chip and its detail (empty while it is on its way). */
export function pendingWords(
  p: { action: string; state: string; code?: string; message?: string },
  t: Translate,
): string | undefined {
  if (p.state !== 'failed' && p.state !== 'unknown') return undefined;
  return describeOutcome(p.action, { code: p.code, message: p.message }, p.state, t) || undefined;
}
