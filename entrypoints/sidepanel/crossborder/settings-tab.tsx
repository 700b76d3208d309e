import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { CrossborderCosts } from '@/utils/protocol/messages/crossborder';
import { useSetup } from './use-flow';
import { XbError } from './xb-error';

const ADDRESS_FIELDS = [
  ['fullName', 'xb.addr.fullName'],
  ['mobile', 'xb.addr.mobile'],
  ['provinceText', 'xb.addr.province'],
  ['cityText', 'xb.addr.city'],
  ['areaText', 'xb.addr.area'],
  ['address', 'xb.addr.address'],
] as const;

function AddressBook(props: { setup: ReturnType<typeof useSetup> }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const addresses = props.setup.value?.addresses ?? [];
  const save = async () => {
    setError(undefined);
    try {
      await send('crossborder.saveAddress', {
        label,
        address: {
          fullName: fields.fullName ?? '',
          mobile: fields.mobile ?? '',
          provinceText: fields.provinceText ?? '',
          cityText: fields.cityText ?? '',
          areaText: fields.areaText ?? '',
          address: fields.address ?? '',
        },
      });
      setLabel('');
      setFields({});
      props.setup.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="xb-card" data-testid="xb-addresses">
      <h3>{t('xb.addr.title')}</h3>
      <p class="muted small">{t('xb.addr.note')}</p>
      <ul class="xb-list">
        {addresses.map((a) => (
          <li key={a.id} class="xb-link" data-testid="xb-address">
            <span class="grow">
              <strong>{a.label}</strong> · {a.address.provinceText} {a.address.cityText} {a.address.areaText}{' '}
              {a.address.address}
            </span>
            <button
              type="button"
              onClick={() =>
                void send('crossborder.removeAddress', { id: a.id }).then(props.setup.reload).catch(setError)
              }
            >
              {t('xb.addr.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="xb-form">
        <label>
          {t('xb.addr.label')}
          <input data-testid="xb-addr-label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
        </label>
        {ADDRESS_FIELDS.map(([k, key]) => (
          <label key={k}>
            {t(key)}
            <input
              data-testid={`xb-addr-${k}`}
              value={fields[k] ?? ''}
              onInput={(e) => setFields({ ...fields, [k]: e.currentTarget.value })}
            />
          </label>
        ))}
        <button type="button" data-testid="xb-addr-save" disabled={!label.trim()} onClick={() => void save()}>
          {t('xb.addr.save')}
        </button>
      </div>
      <XbError error={error} />
    </section>
  );
}

const COST_FIELDS: ReadonlyArray<[keyof CrossborderCosts, MessageKey]> = [
  ['forwarderFeeKrw', 'xb.costs.forwarder'],
  ['otherCostKrw', 'xb.costs.other'],
  ['krwPerUsd', 'xb.costs.usd'],
  ['dutyPercent', 'xb.costs.duty'],
  ['vatPercent', 'xb.costs.vat'],
];

function CostsForm(props: { costs: CrossborderCosts; onSaved: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => setText(Object.fromEntries(COST_FIELDS.map(([k]) => [k, String(props.costs[k])]))), [props.costs]);
  const save = async () => {
    setError(undefined);
    try {
      const costs = Object.fromEntries(
        COST_FIELDS.map(([k]) => [k, Number(text[k] ?? '')]),
      ) as unknown as CrossborderCosts;
      await send('crossborder.saveCosts', { costs });
      setSaved(true);
      props.onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="xb-card" data-testid="xb-costs">
      <h3>{t('xb.costs.title')}</h3>
      <div class="xb-form">
        {COST_FIELDS.map(([k, key]) => (
          <label key={k}>
            {t(key)}
            <input
              class="num"
              inputMode="decimal"
              data-testid={`xb-cost-${k}`}
              value={text[k] ?? ''}
              onInput={(e) => {
                setSaved(false);
                setText({ ...text, [k]: e.currentTarget.value });
              }}
            />
          </label>
        ))}
        <button type="button" data-testid="xb-costs-save" onClick={() => void save()}>
          {t('xb.costs.save')}
        </button>
        {saved ? (
          <span class="small" data-testid="xb-costs-saved">
            {t('xb.costs.saved')}
          </span>
        ) : null}
      </div>
      <XbError error={error} />
    </section>
  );
}

/** The forwarder address book and the seller's per-order costs and tax settings. */
export function SettingsTab() {
  const setup = useSetup();
  return (
    <div data-testid="xb-settings">
      <AddressBook setup={setup} />
      {setup.value ? <CostsForm costs={setup.value.costs} onSaved={setup.reload} /> : null}
    </div>
  );
}
