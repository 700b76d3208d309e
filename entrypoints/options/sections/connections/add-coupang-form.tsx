import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { AccountView } from '@/utils/protocol/messages/connections';
import { todayInZone } from '@/utils/ui/format';

const VENDOR_ID = /^[AC]\d{8}$/;

interface Outcome {
  ok: boolean;
  error?: unknown;
  clockSkewSeconds?: number;
  account?: AccountView;
}

/** Vendor ID, access key, secret key (never shown again once saved), key issue date, label. */
export function AddCoupangForm(props: { onAdded: () => void; hasAccounts: boolean }) {
  const { t } = useI18n();
  const [vendorId, setVendorId] = useState('');
  const [accessKey, setAccessKey] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [issuedAt, setIssuedAt] = useState(() => todayInZone('KST'));
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const vendorOk = VENDOR_ID.test(vendorId.trim().toUpperCase());
  const accessOk = accessKey.trim().length >= 8;
  const secretOk = secretKey.trim().length >= 8;
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(issuedAt);
  const valid = vendorOk && accessOk && secretOk && dateOk;

  const submit = async (e: Event) => {
    e.preventDefault();
    setTouched(true);
    if (!valid || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const reply = await send('connections.addCoupang', {
        vendorId: vendorId.trim().toUpperCase(),
        accessKey: accessKey.trim(),
        secretKey: secretKey.trim(),
        keyIssuedAt: issuedAt,
        label: label.trim() || undefined,
      });
      const ok = reply.verification.ok;
      setOutcome({
        ok,
        error: reply.verification.error ?? reply.account.lastError,
        clockSkewSeconds: reply.verification.clockSkewSeconds,
        account: reply.account,
      });
      // The background has both keys now (also when the check failed: the account is listed with
      // its error), so the page keeps neither. The vendor id and label stay to correct a failure.
      setSecretKey('');
      setAccessKey('');
      setTouched(false);
      if (ok) {
        setVendorId('');
        setLabel('');
      }
      props.onAdded();
    } catch (error) {
      setSecretKey('');
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  const invalid = (ok: boolean) => touched && !ok;

  return (
    <form class="card conn-form" data-testid="conn-form" onSubmit={submit} noValidate>
      <h3>{props.hasAccounts ? t('conn.coupang.addAnother') : t('conn.coupang.add')}</h3>
      <KeyHelp />
      <div class="conn-grid">
        <label for="conn-vendor-id">{t('conn.field.vendorId')}</label>
        <div>
          <input
            id="conn-vendor-id"
            data-testid="conn-vendor-id"
            value={vendorId}
            placeholder="A00012345"
            maxLength={9}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={invalid(vendorOk)}
            aria-describedby="conn-vendor-id-hint"
            onInput={(e) => setVendorId(e.currentTarget.value)}
          />
          <span id="conn-vendor-id-hint" class={invalid(vendorOk) ? 'hint error' : 'hint muted'}>
            {invalid(vendorOk) ? t('conn.invalid.vendorId') : t('conn.field.vendorIdHint')}
          </span>
        </div>
        <label for="conn-access-key">{t('conn.field.accessKey')}</label>
        <div>
          <input
            id="conn-access-key"
            data-testid="conn-access-key"
            class="wide"
            value={accessKey}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={invalid(accessOk)}
            onInput={(e) => setAccessKey(e.currentTarget.value)}
          />
          {invalid(accessOk) ? <span class="hint error">{t('conn.invalid.key')}</span> : null}
        </div>
        <label for="conn-secret-key">{t('conn.field.secretKey')}</label>
        <div>
          <input
            id="conn-secret-key"
            data-testid="conn-secret-key"
            class="wide"
            type="password"
            value={secretKey}
            autocomplete="new-password"
            spellcheck={false}
            aria-invalid={invalid(secretOk)}
            aria-describedby="conn-secret-hint"
            onInput={(e) => setSecretKey(e.currentTarget.value)}
          />
          <span id="conn-secret-hint" class={invalid(secretOk) ? 'hint error' : 'hint muted'}>
            {invalid(secretOk) ? t('conn.invalid.key') : t('conn.help.secret')}
          </span>
        </div>
        <label for="conn-issued-at">{t('conn.field.issuedAt')}</label>
        <div>
          <input
            id="conn-issued-at"
            data-testid="conn-issued-at"
            type="date"
            value={issuedAt}
            max={todayInZone('KST')}
            aria-invalid={invalid(dateOk)}
            onInput={(e) => setIssuedAt(e.currentTarget.value)}
          />
          <span class={invalid(dateOk) ? 'hint error' : 'hint muted'}>
            {invalid(dateOk) ? t('conn.invalid.date') : t('conn.field.issuedAtHint')}
          </span>
        </div>
        <label for="conn-label">{t('conn.field.label')}</label>
        <div>
          <input
            id="conn-label"
            data-testid="conn-label"
            value={label}
            maxLength={60}
            placeholder={t('conn.field.labelHint')}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="row">
        <button type="submit" class="primary" data-testid="conn-submit" disabled={busy}>
          {busy ? t('conn.submitting') : t('conn.submit')}
        </button>
      </div>
      {outcome ? <OutcomeText outcome={outcome} /> : null}
    </form>
  );
}

/** Where the keys come from in Wing, step by step. */
function KeyHelp() {
  const { t } = useI18n();
  return (
    <details class="conn-help">
      <summary>{t('conn.help.summary')}</summary>
      <ol>
        <li>{t('conn.help.step1')}</li>
        <li>{t('conn.help.step2')}</li>
        <li>{t('conn.help.step3')}</li>
      </ol>
    </details>
  );
}

/** The check's answer: connected, or the diagnosis with its fix (the account is kept when only the check failed). */
function OutcomeText(props: { outcome: Outcome }) {
  const { t } = useI18n();
  const { outcome } = props;
  return (
    <div class="conn-outcome" data-testid="conn-result" data-ok={String(outcome.ok)} aria-live="polite">
      {outcome.ok ? (
        <span class="ok">{t('conn.added.ok')}</span>
      ) : (
        <>
          {outcome.account ? <span class="muted">{t('conn.added.failed')} </span> : null}
          <ErrorText error={outcome.error} clockSkewSeconds={outcome.clockSkewSeconds} testid="conn-diagnosis" />
        </>
      )}
    </div>
  );
}
