import { useI18n } from '@/components/i18n';
import type { AddressForm } from './lines';

const FIELDS = [
  ['fullName', 'alibaba.po.fullName'],
  ['mobile', 'alibaba.po.mobile'],
  ['provinceText', 'alibaba.po.province'],
  ['cityText', 'alibaba.po.city'],
  ['areaText', 'alibaba.po.area'],
  ['address', 'alibaba.po.street'],
  ['postCode', 'alibaba.po.postCode'],
] as const;

/** The delivery address the seller types for a purchase order. */
export function AddressFields(props: { address: AddressForm; onChange: (patch: Partial<AddressForm>) => void }) {
  const { t } = useI18n();
  return (
    <div class="purchase-address">
      {FIELDS.map(([field, label]) => (
        <label class="field" key={field}>
          <span>{t(label)}</span>
          <input
            data-testid={`purchase-address-${field}`}
            value={props.address[field]}
            autocomplete="off"
            onInput={(e) => props.onChange({ [field]: e.currentTarget.value })}
          />
        </label>
      ))}
    </div>
  );
}
