import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import {
  addMinutes,
  type BudgetView,
  type CouponCreateInput,
  type CouponProblem,
  couponProblems,
  kstMinuteOf,
} from '@/utils/protocol/messages/catalog';
import { RequestProgress } from './request-progress';
import { useWrite, WriteStatus } from './use-write';
import { won } from './words';

/** A start two hours ahead on the hour (download coupons need one), a month long. KST wall clock. */
function defaultPeriod() {
  const start = `${addMinutes(kstMinuteOf(Date.now()), 120).slice(0, 13)}:00`;
  return { startAt: start, endAt: `${addMinutes(start, 30 * 24 * 60).slice(0, 10)} 23:59` };
}

const fromInput = (v: string) => v.replace('T', ' ').slice(0, 16);
const toInput = (v: string) => v.replace(' ', 'T');

/** Create an instant or download coupon within a contract's period and budget; checked before sending. */
export function CouponForm(props: {
  accountKey: string;
  budgets: BudgetView[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, locale } = useI18n();
  const [c, setC] = useState<CouponCreateInput>(() => ({
    kind: 'instant',
    contractId:
      props.budgets.find((b) => b.type !== 'NON_CONTRACT_BASED')?.contractId ?? props.budgets[0]?.contractId ?? '',
    name: '',
    discountType: 'RATE',
    discount: 10,
    maxDiscount: 5000,
    minimumPrice: 10000,
    perDay: 1000,
    userId: '',
    ...defaultPeriod(),
  }));
  const [problems, setProblems] = useState<CouponProblem[]>([]);
  const write = useWrite(props.accountKey, (r) => {
    if (r.write.state === 'succeeded' && !r.requestedId) props.onCreated();
  });
  const set = <K extends keyof CouponCreateInput>(k: K, v: CouponCreateInput[K]) => setC({ ...c, [k]: v });
  const num = (k: 'discount' | 'maxDiscount' | 'minimumPrice' | 'perDay') => (e: Event) =>
    set(k, Number((e.currentTarget as HTMLInputElement).value) || 0);
  const contract = props.budgets.find((b) => b.contractId === c.contractId);
  const save = async () => {
    const local = couponProblems(c, kstMinuteOf(Date.now()), contract);
    setProblems(local);
    if (local.length) return;
    const r = await write.run(() => send('catalog.coupons.create', { accountKey: props.accountKey, coupon: c }));
    if (r?.problems.length) setProblems(r.problems);
  };
  const download = c.kind === 'download';
  return (
    <form
      class="card coupon-form"
      data-testid="coupon-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="row nowrap" role="radiogroup" aria-label={t('catalog.coupon.kind')}>
        {(['instant', 'download'] as const).map((k) => (
          <label key={k} class="check">
            <input
              type="radio"
              name="coupon-kind"
              checked={c.kind === k}
              onChange={() => set('kind', k)}
              data-testid={`coupon-kind-${k}`}
            />{' '}
            {t(`catalog.coupon.kind.${k}`)}
          </label>
        ))}
      </div>
      <label class="field">
        <span>{t('catalog.coupon.contractLabel')}</span>
        <select
          value={c.contractId}
          onChange={(e) => set('contractId', e.currentTarget.value)}
          data-testid="coupon-contract"
        >
          {props.budgets.map((b) => (
            <option key={b.contractId} value={b.contractId}>
              {b.contractId} · {t('catalog.coupon.remaining', { won: won(b.remaining, locale) })}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('catalog.coupon.name')}</span>
        <input
          value={c.name}
          maxLength={60}
          onInput={(e) => set('name', e.currentTarget.value)}
          data-testid="coupon-name"
        />
      </label>
      <div class="row nowrap">
        <label class="field">
          <span>{t('catalog.coupon.discountType')}</span>
          <select
            value={c.discountType}
            onChange={(e) => set('discountType', e.currentTarget.value as 'RATE' | 'PRICE')}
            data-testid="coupon-type"
          >
            <option value="RATE">{t('catalog.coupon.typeRate')}</option>
            <option value="PRICE">{t('catalog.coupon.typePrice')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t(c.discountType === 'RATE' ? 'catalog.coupon.discountRate' : 'catalog.coupon.discountWon')}</span>
          <input inputMode="numeric" value={c.discount} onInput={num('discount')} data-testid="coupon-discount" />
        </label>
        {!download || c.discountType === 'RATE' ? (
          <label class="field">
            <span>{t('catalog.coupon.maxDiscount')}</span>
            <input inputMode="numeric" value={c.maxDiscount} onInput={num('maxDiscount')} data-testid="coupon-max" />
          </label>
        ) : null}
      </div>
      {download ? (
        <div class="row nowrap">
          <label class="field">
            <span>{t('catalog.coupon.minimumPrice')}</span>
            <input inputMode="numeric" value={c.minimumPrice} onInput={num('minimumPrice')} />
          </label>
          <label class="field">
            <span>{t('catalog.coupon.perDay')}</span>
            <input inputMode="numeric" value={c.perDay} onInput={num('perDay')} />
          </label>
        </div>
      ) : null}
      <div class="row nowrap">
        <label class="field">
          <span>{t('catalog.coupon.start')}</span>
          <input
            type="datetime-local"
            value={toInput(c.startAt)}
            onInput={(e) => set('startAt', fromInput(e.currentTarget.value))}
            data-testid="coupon-start"
          />
        </label>
        <label class="field">
          <span>{t('catalog.coupon.end')}</span>
          <input
            type="datetime-local"
            value={toInput(c.endAt)}
            onInput={(e) => set('endAt', fromInput(e.currentTarget.value))}
            data-testid="coupon-end"
          />
        </label>
      </div>
      <p class="muted small">{t(download ? 'catalog.coupon.kstNoteDownload' : 'catalog.coupon.kstNote')}</p>
      {download ? (
        <label class="field">
          <span>{t('catalog.userId')}</span>
          <input value={c.userId} onInput={(e) => set('userId', e.currentTarget.value)} data-testid="coupon-user" />
        </label>
      ) : null}
      {problems.length ? (
        <ul class="problems" data-testid="coupon-problems">
          {problems.map((p) => (
            <li key={p} data-testid="coupon-problem" data-code={p}>
              {t(`catalog.coupon.problem.${p}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="row nowrap">
        <button type="submit" class="primary" disabled={write.busy} data-testid="coupon-create">
          {t('catalog.coupon.create')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('catalog.close')}
        </button>
      </div>
      <WriteStatus write={write.reply?.write} error={write.error} testid="coupon-write" />
      {write.reply?.requestedId ? (
        <RequestProgress accountKey={props.accountKey} requestedId={write.reply.requestedId} onDone={props.onCreated} />
      ) : null}
    </form>
  );
}
