import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { type PlaceInput, type PlaceProblem, type PlaceView, placeProblems } from '@/utils/protocol/messages/catalog';
import { useWrite, WriteStatus } from './use-write';

type Courier = { code: string; ko: string; en?: string };

interface Fields {
  name: string;
  userId: string;
  zipCode: string;
  road: string;
  jibun: string;
  detail: string;
  phone: string;
  phone2: string;
  courierCode: string;
  jejuFee: string;
  notJejuFee: string;
  contractNumber: string;
  usable: boolean;
}

function initial(kind: 'outbound' | 'return', p: PlaceView | undefined, returnCouriers: string[]): Fields {
  const road = p?.addresses.find((a) => a.addressType !== 'JIBUN');
  const jibun = p?.addresses.find((a) => a.addressType === 'JIBUN');
  const courier = p?.couriers[0];
  return {
    name: p?.name ?? '',
    userId: '',
    zipCode: road?.zipCode ?? jibun?.zipCode ?? '',
    road: road?.address ?? '',
    jibun: jibun?.address ?? '',
    detail: road?.addressDetail ?? jibun?.addressDetail ?? '',
    phone: road?.phone ?? '',
    phone2: road?.phone2 ?? '',
    courierCode: courier?.code ?? (kind === 'return' ? (returnCouriers[0] ?? '') : 'CJGLS'),
    jejuFee: String(courier?.jeju ?? 3000),
    notJejuFee: String(courier?.notJeju ?? 3000),
    contractNumber: '',
    usable: p?.usable ?? true,
  };
}

function toInput(kind: 'outbound' | 'return', code: string | undefined, f: Fields): PlaceInput {
  const base = { zipCode: f.zipCode, addressDetail: f.detail, phone: f.phone, phone2: f.phone2 };
  return {
    kind,
    ...(code ? { code } : {}),
    name: f.name,
    usable: f.usable,
    userId: f.userId,
    addresses: [
      { addressType: 'ROADNAME', address: f.road, ...base },
      ...(f.jibun.trim() ? [{ addressType: 'JIBUN' as const, address: f.jibun, ...base }] : []),
    ],
    courierCode: f.courierCode,
    jejuFee: Number(f.jejuFee) || 0,
    notJejuFee: Number(f.notJejuFee) || 0,
    ...(f.contractNumber.trim() ? { contractNumber: f.contractNumber.trim() } : {}),
  };
}

/** Add or edit one shipping place: checked field by field before anything is sent; the result read back. */
export function PlaceForm(props: {
  accountKey: string;
  kind: 'outbound' | 'return';
  place?: PlaceView;
  couriers: Courier[];
  returnCouriers: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const { kind } = props;
  const [f, setF] = useState<Fields>(() => initial(kind, props.place, props.returnCouriers));
  const [problems, setProblems] = useState<PlaceProblem[]>([]);
  const write = useWrite(props.accountKey, (r) => {
    if (r.write.state === 'succeeded') props.onSaved();
  });
  const set = (k: keyof Fields) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    setF({ ...f, [k]: el.type === 'checkbox' ? el.checked : el.value });
  };
  const problemOf = (...fields: PlaceProblem['field'][]) => {
    const p = problems.find((x) => fields.includes(x.field));
    return p ? (
      <span class="problem" data-testid={`place-problem-${p.field}`}>
        {t(`catalog.place.problem.${p.code}`)}
      </span>
    ) : null;
  };
  const couriers =
    kind === 'return' ? props.couriers.filter((c) => props.returnCouriers.includes(c.code)) : props.couriers;
  const save = async () => {
    const input = toInput(kind, props.place?.code, f);
    const local = placeProblems(input, props.returnCouriers);
    setProblems(local);
    if (local.length) return;
    const r = await write.run(() => send('catalog.places.save', { accountKey: props.accountKey, place: input }));
    if (r?.problems.length) setProblems(r.problems);
  };
  const field = (k: keyof Fields, label: string, extra: Record<string, unknown> = {}) => (
    <label class="field">
      <span>{label}</span>
      <input value={f[k] as string} onInput={set(k)} data-testid={`place-${k}`} {...extra} />
    </label>
  );
  return (
    <form
      class="card place-form"
      data-testid="place-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {field('name', t('catalog.place.name'), { maxLength: 60 })}
      {problemOf('name')}
      {field('userId', t('catalog.userId'), { autocomplete: 'username' })}
      {problemOf('userId')}
      {field('zipCode', t('catalog.place.zip'), { inputMode: 'numeric', maxLength: 6 })}
      {problemOf('zipCode')}
      {field('road', t('catalog.place.road'))}
      {problemOf('address')}
      {field('jibun', t('catalog.place.jibun'))}
      {problemOf('jibun')}
      {field('detail', t('catalog.place.detail'))}
      {problemOf('addressDetail')}
      {field('phone', t('catalog.place.phone'), { inputMode: 'tel' })}
      {problemOf('phone')}
      {field('phone2', t('catalog.place.phone2'), { inputMode: 'tel' })}
      <label class="field">
        <span>{t(kind === 'return' ? 'catalog.place.returnCourier' : 'catalog.place.courier')}</span>
        <select value={f.courierCode} onChange={set('courierCode')} data-testid="place-courierCode">
          {couriers.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === 'ko' || !c.en ? c.ko : c.en}
            </option>
          ))}
        </select>
      </label>
      {problemOf('courierCode')}
      {kind === 'outbound' ? (
        <div class="row nowrap">
          {field('jejuFee', t('catalog.place.jejuFee'), { inputMode: 'numeric' })}
          {field('notJejuFee', t('catalog.place.notJejuFee'), { inputMode: 'numeric' })}
        </div>
      ) : (
        field('contractNumber', t('catalog.place.contractNumber'))
      )}
      {problemOf('fee')}
      <label class="check">
        <input type="checkbox" checked={f.usable} onChange={set('usable')} /> {t('catalog.place.usable')}
      </label>
      <div class="row nowrap">
        <button type="submit" class="primary" disabled={write.busy} data-testid="place-save">
          {t(props.place ? 'catalog.place.saveEdit' : 'catalog.place.saveNew')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('catalog.close')}
        </button>
      </div>
      <WriteStatus write={write.reply?.write} error={write.error} testid="place-write" />
    </form>
  );
}
