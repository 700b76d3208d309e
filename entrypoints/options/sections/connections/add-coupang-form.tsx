import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { type AccountView, wingUserId } from '@/utils/protocol/messages/connections';
import { todayInZone } from '@/utils/ui/format';

const VENDOR_ID = /^[AC]\d{8}$/;

type Field = 'vendor' | 'access' | 'secret' | 'date' | 'wing';

interface Outcome {
  ok: boolean;
  error?: unknown;
  clockSkewSeconds?: number;
  account?: AccountView;
}

/** Vendor ID, access key, secret key (never shown again once saved), key issue date, label, Wing login id. */
export function AddCoupangForm(props: { onAdded: () => void; hasAccounts: boolean }) {
  const { t } = useI18n();
  const [vendorId, setVendorId] = useState('');
  const [accessKey, setAccessKey] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [issuedAt, setIssuedAt] = useState(() => todayInZone('KST'));
  const [label, setLabel] = useState('');
  const [wingId, setWingId] = useState('');
  const [busy, setBusy] = useState(false);
  // A field says what is wrong once the seller has left it or pressed Connect, never before.
  const [left, setLeft] = useState<ReadonlySet<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const leave = (f: Field) => setLeft((cur) => (cur.has(f) ? cur : new Set([...cur, f])));

  const vendorOk = VENDOR_ID.test(vendorId.trim().toUpperCase());
  const accessOk = accessKey.trim().length >= 8;
  const secretOk = secretKey.trim().length >= 8;
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(issuedAt);
  const wingOk = wingId.trim() === '' || wingUserId.safeParse(wingId).success;
  const valid = vendorOk && accessOk && secretOk && dateOk && wingOk;

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
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
        wingUserId: wingId.trim() || undefined,
      });
      const ok = reply.verification.ok;
      setOutcome({
        ok,
        error: reply.verification.error ?? reply.account?.lastError,
        clockSkewSeconds: reply.verification.clockSkewSeconds,
        account: reply.account,
      });
      // The page keeps no key once it was sent: kept by the background when it worked, not kept
      // at all when it did not. The vendor id and label stay to correct a failure; the emptied
      // key fields are not "wrong" until the seller leaves them or sends again.
      setSecretKey('');
      setAccessKey('');
      setSubmitted(false);
      setLeft(new Set());
      if (ok) {
        setVendorId('');
        setLabel('');
        setWingId('');
      }
      props.onAdded();
    } catch (error) {
      setSecretKey('');
      setSubmitted(false);
      setLeft((cur) => new Set([...cur].filter((f) => f !== 'secret')));
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  const invalid = (ok: boolean, f: Field) => (submitted || left.has(f)) && !ok;

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
            aria-invalid={invalid(vendorOk, 'vendor')}
            aria-describedby="conn-vendor-id-hint"
            onInput={(e) => setVendorId(e.currentTarget.value)}
            onBlur={() => vendorId && leave('vendor')}
          />
          <span id="conn-vendor-id-hint" class={invalid(vendorOk, 'vendor') ? 'hint error' : 'hint muted'}>
            {invalid(vendorOk, 'vendor') ? t('conn.invalid.vendorId') : t('conn.field.vendorIdHint')}
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
            aria-invalid={invalid(accessOk, 'access')}
            onInput={(e) => setAccessKey(e.currentTarget.value)}
            onBlur={() => accessKey && leave('access')}
          />
          {invalid(accessOk, 'access') ? <span class="hint error">{t('conn.invalid.key')}</span> : null}
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
            aria-invalid={invalid(secretOk, 'secret')}
            aria-describedby="conn-secret-hint"
            onInput={(e) => setSecretKey(e.currentTarget.value)}
            onBlur={() => secretKey && leave('secret')}
          />
          <span id="conn-secret-hint" class={invalid(secretOk, 'secret') ? 'hint error' : 'hint muted'}>
            {invalid(secretOk, 'secret') ? t('conn.invalid.key') : t('conn.help.secret')}
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
            aria-invalid={invalid(dateOk, 'date')}
            onInput={(e) => setIssuedAt(e.currentTarget.value)}
            onBlur={() => leave('date')}
          />
          <span class={invalid(dateOk, 'date') ? 'hint error' : 'hint muted'}>
            {invalid(dateOk, 'date') ? t('conn.invalid.date') : t('conn.field.issuedAtHint')}
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
        <label for="conn-wing-id">{t('conn.field.wingUserId')}</label>
        <div>
          <input
            id="conn-wing-id"
            data-testid="conn-wing-id"
            value={wingId}
            maxLength={50}
            autocomplete="username"
            aria-invalid={invalid(wingOk, 'wing')}
            onInput={(e) => setWingId(e.currentTarget.value)}
            onBlur={() => leave('wing')}
          />
          <span class={invalid(wingOk, 'wing') ? 'hint error' : 'hint muted'}>
            {invalid(wingOk, 'wing') ? t('conn.invalid.wingUserId') : t('conn.field.wingUserIdHint')}
          </span>
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

/** The check's answer: connected, or the diagnosis with its fix (nothing was saved, or a connected vendor kept its keys). */
function OutcomeText(props: { outcome: Outcome }) {
  const { t } = useI18n();
  const { outcome } = props;
  return (
    <div class="conn-outcome" data-testid="conn-result" data-ok={String(outcome.ok)} aria-live="polite">
      {outcome.ok ? (
        <span class="ok">{t('conn.added.ok')}</span>
      ) : (
        <>
          <span class="muted" data-testid="conn-not-saved">
            {outcome.account ? t('conn.added.keptOld') : t('conn.added.notSaved')}{' '}
          </span>
          <ErrorText error={outcome.error} clockSkewSeconds={outcome.clockSkewSeconds} testid="conn-diagnosis" />
        </>
      )}
    </div>
  );
}
