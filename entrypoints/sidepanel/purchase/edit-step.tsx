import { useI18n } from '@/components/i18n';
import { accountName } from '@/utils/ui/account-name';
import { AddressFields } from './address-fields';
import { OfferLine } from './offer-line';
import type { PurchaseFlow } from './use-purchase-flow';

/** Step 1: the buying member, offer lines, delivery address and note; "preview" asks 1688 for the amounts. */
export function EditStep(props: { flow: PurchaseFlow }) {
  const { t } = useI18n();
  const f = props.flow;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void f.preview();
      }}
      noValidate
    >
      <label class="field">
        <span>{t('alibaba.po.account')}</span>
        <select
          data-testid="purchase-account"
          value={f.chosen}
          onChange={(e) => f.setAccountKey(e.currentTarget.value)}
        >
          {f.members.map((a) => (
            <option key={a.accountKey} value={a.accountKey}>
              {accountName(a)}
            </option>
          ))}
        </select>
      </label>

      <h3>{t('alibaba.po.lines')}</h3>
      {f.lines.lines.map((l, i) => (
        <OfferLine key={l.id} line={l} index={i} lines={f.lines} accountKey={f.chosen} />
      ))}
      <button type="button" class="link" data-testid="purchase-add-line" onClick={f.lines.add}>
        + {t('alibaba.po.addLine')}
      </button>

      <h3>{t('alibaba.po.address')}</h3>
      <AddressFields address={f.address} onChange={(patch) => f.setAddress((a) => ({ ...a, ...patch }))} />
      <label class="field">
        <span>{t('alibaba.po.note')}</span>
        <input
          data-testid="purchase-note"
          value={f.note}
          maxLength={400}
          onInput={(e) => f.setNote(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <button
          type="submit"
          class="primary"
          data-testid="purchase-preview"
          disabled={f.busy || f.lines.ready.length === 0 || !f.chosen}
        >
          {f.busy ? t('alibaba.po.previewing') : t('alibaba.po.preview')}
        </button>
      </div>
    </form>
  );
}
