import { useMemo, useState } from 'preact/hooks';
import { landedCostInputOf, suggestedPrice } from '@/utils/calculator/from-settings';
import { type CalculatorInputError, calculateLandedCost, type LandedCostResult } from '@/utils/calculator/landed-cost';
import { tiersOf } from '@/utils/calculator/offer-tiers';
import { isRateDate, RATE_DATE_MIN } from '@/utils/calculator/rate-date';
import {
  type CalculatorSettings,
  COUPANG_COMMISSION_DEFAULTS,
  type CommissionCategory,
  defaultCommission,
  type OfferInputs,
} from '@/utils/calculator/settings';
import { fromMajor } from '@/utils/domain/money';
import { send } from '@/utils/protocol/client';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import type { SourcingEntry } from '@/utils/protocol/messages/page-helpers';
import { formatMoney, todayInZone } from '@/utils/ui/format';
import type { HelperMessageKey as MessageKey } from '../i18n';
import { useT } from '../i18n';
import { OfferDraft } from './offer-draft';

/**
 * The landed-cost and Coupang-margin calculator. Its inputs live in the helper frame, an extension
 * page the host page cannot script or type into (issue 18), and hold the seller's own numbers;
 * the math is utils/calculator/landed-cost.ts.
 */

type Fields = {
  quantity: string;
  unitWeightKg: string;
  salePriceKrw: string;
  unitPriceYuan: string;
  rate: string;
  rateDate: string;
  shippingMode: 'perUnit' | 'perKg';
  perUnitKrw: string;
  perKgKrw: string;
  dutyPercent: string;
  vatPercent: string;
  category: CommissionCategory;
  commissionPercent: string;
  coupangShippingFeeKrw: string;
};

const num = (v: number | undefined) => (v === undefined ? '' : String(v));

/** A non-negative decimal as typed (thousands commas allowed); undefined when empty, NaN when not a number. */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function parseWhole(text: string): number | undefined {
  const n = parseDecimal(text);
  return n === undefined || Number.isNaN(n) ? n : Number.isInteger(n) ? n : Number.NaN;
}

function initialFields(s: CalculatorSettings, offer: OfferViewWire | undefined, entry?: SourcingEntry): Fields {
  const inputs = entry?.inputs;
  const firstTier = offer ? tiersOf(offer)[0] : undefined;
  return {
    quantity: String(inputs?.quantity ?? Math.max(1, offer?.minOrderQty ?? 1, firstTier?.minQty ?? 1)),
    unitWeightKg: num(inputs?.unitWeightKg),
    salePriceKrw: num(inputs?.salePriceKrw),
    unitPriceYuan: inputs?.unitPriceFenOverride === undefined ? '' : (inputs.unitPriceFenOverride / 100).toFixed(2),
    rate: num(s.rate?.krwPerCny),
    rateDate: s.rate?.date ?? '',
    shippingMode: s.shipping.mode,
    perUnitKrw: String(s.shipping.perUnitKrw),
    perKgKrw: String(s.shipping.perKgKrw),
    dutyPercent: String(s.dutyPercent),
    vatPercent: String(s.vatPercent),
    category: s.category,
    commissionPercent: String(s.commissionPercent),
    coupangShippingFeeKrw: String(s.coupangShippingFeeKrw),
  };
}

interface Parsed {
  settings?: CalculatorSettings;
  inputs?: OfferInputs;
  invalid: string[];
}

function parseFields(f: Fields, today: string): Parsed {
  const invalid: string[] = [];
  const need = (name: string, v: number | undefined, whole = false) => {
    if (v === undefined || Number.isNaN(v) || (whole && !Number.isInteger(v))) {
      invalid.push(name);
      return 0;
    }
    return v;
  };
  const optional = (name: string, v: number | undefined) => {
    if (v !== undefined && Number.isNaN(v)) invalid.push(name);
    return v === undefined || Number.isNaN(v) ? undefined : v;
  };
  const quantity = need('quantity', parseWhole(f.quantity), true);
  if (quantity < 1 && !invalid.includes('quantity')) invalid.push('quantity');
  const rateValue = parseDecimal(f.rate);
  const rateOk = rateValue !== undefined && !Number.isNaN(rateValue) && rateValue > 0;
  const perUnitKrw = need('perUnitKrw', parseWhole(f.perUnitKrw), true);
  const perKgKrw = need('perKgKrw', parseWhole(f.perKgKrw), true);
  const unitWeightKg = optional('unitWeightKg', parseDecimal(f.unitWeightKg));
  if (f.shippingMode === 'perKg' && unitWeightKg === undefined && !invalid.includes('unitWeightKg'))
    invalid.push('unitWeightKg');
  const dutyPercent = need('dutyPercent', parseDecimal(f.dutyPercent));
  const vatPercent = need('vatPercent', parseDecimal(f.vatPercent));
  const commissionPercent = need('commissionPercent', parseDecimal(f.commissionPercent));
  if (vatPercent > 100) invalid.push('vatPercent');
  if (commissionPercent > 100) invalid.push('commissionPercent');
  if (dutyPercent > 1000) invalid.push('dutyPercent');
  const coupangShippingFeeKrw = need('coupangShippingFeeKrw', parseWhole(f.coupangShippingFeeKrw), true);
  const salePriceKrw = optional('salePriceKrw', parseWhole(f.salePriceKrw));
  let unitPriceFenOverride: number | undefined;
  const yuan = parseDecimal(f.unitPriceYuan);
  if (yuan !== undefined) {
    if (Number.isNaN(yuan)) invalid.push('unitPriceYuan');
    else unitPriceFenOverride = fromMajor('CNY', f.unitPriceYuan.trim().replace(/,/g, '')).minor;
  }
  const dateOk = isRateDate(f.rateDate, today);
  if (f.rateDate && !dateOk) invalid.push('rateDate');
  const settings: CalculatorSettings = {
    ...(rateOk && dateOk ? { rate: { krwPerCny: rateValue, date: f.rateDate } } : {}),
    shipping: { mode: f.shippingMode, perUnitKrw, perKgKrw },
    dutyPercent,
    vatPercent,
    category: f.category,
    commissionPercent,
    coupangShippingFeeKrw,
  };
  const inputs: OfferInputs = {
    quantity,
    ...(unitWeightKg !== undefined ? { unitWeightKg } : {}),
    ...(salePriceKrw !== undefined ? { salePriceKrw } : {}),
    ...(unitPriceFenOverride !== undefined ? { unitPriceFenOverride } : {}),
  };
  return { settings, inputs, invalid: [...new Set(invalid)] };
}

const FIELD_LABEL: Record<string, MessageKey> = {
  quantity: 'calc.quantity',
  unitWeightKg: 'calc.unitWeight',
  salePriceKrw: 'calc.salePrice',
  unitPriceYuan: 'calc.unitPriceOverride',
  rateDate: 'calc.rateDate',
  perUnitKrw: 'calc.shippingPerUnit',
  perKgKrw: 'calc.shippingPerKg',
  dutyPercent: 'calc.duty',
  vatPercent: 'calc.vat',
  commissionPercent: 'calc.commission',
  coupangShippingFeeKrw: 'calc.coupangShipping',
};

/**
 * `offer` is missing when 1688 could not describe it (no member connected, say): the seller's own
 * unit price is then enough to calculate, and the sourcing list still keeps `offerId`.
 */
export function Calculator(props: {
  offerId: string;
  offer?: OfferViewWire;
  settings: CalculatorSettings;
  entry?: SourcingEntry;
  count: number;
}) {
  const { t, locale } = useT();
  const [f, setF] = useState<Fields>(() => initialFields(props.settings, props.offer, props.entry));
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [sourcing, setSourcing] = useState<{ saved: boolean; count: number }>({
    saved: !!props.entry,
    count: props.count,
  });
  const tiers = useMemo(() => (props.offer ? tiersOf(props.offer) : []), [props.offer]);
  const today = todayInZone('KST');
  const parsed = parseFields(f, today);
  const rateOk = parsed.settings?.rate !== undefined;
  // Without the offer's tiers, the price is the one the seller types.
  const needsPrice = tiers.length === 0 && parsed.inputs?.unitPriceFenOverride === undefined;

  let result: LandedCostResult | undefined;
  let calcError: string | undefined;
  if (parsed.invalid.length === 0 && rateOk && !needsPrice && parsed.settings && parsed.inputs) {
    const input = landedCostInputOf(parsed.settings, parsed.inputs, tiers);
    try {
      if (!('missing' in input)) result = calculateLandedCost(input);
    } catch (e) {
      calcError = (e as CalculatorInputError).field ?? 'input';
    }
  }

  const set =
    <K extends keyof Fields>(key: K) =>
    (e: Event) => {
      const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value as Fields[K];
      setSaveState('idle');
      setF((prev) => {
        const next = { ...prev, [key]: value };
        // Picking a category resets the commission to that category's default; the seller can overwrite it.
        if (key === 'category') next.commissionPercent = String(defaultCommission(value as string));
        return next;
      });
    };

  const saveSettings = async () => {
    if (
      !parsed.settings ||
      parsed.invalid.some(
        (n) => n !== 'quantity' && n !== 'salePriceKrw' && n !== 'unitPriceYuan' && n !== 'unitWeightKg',
      )
    )
      return false;
    setSaveState('saving');
    try {
      await send('helper.calculator.save', { settings: parsed.settings });
      setSaveState('saved');
      return true;
    } catch {
      setSaveState('failed');
      return false;
    }
  };

  const addToSourcing = async () => {
    if (!parsed.inputs || parsed.invalid.includes('quantity')) return;
    await saveSettings();
    try {
      const r = await send('helper.sourcing.add', { offerId: props.offerId, inputs: parsed.inputs });
      setSourcing({ saved: true, count: r.count });
    } catch {
      setSourcing((s) => ({ ...s, saved: false }));
    }
  };

  const krw = (n: number | undefined) => (n === undefined ? '—' : formatMoney({ currency: 'KRW', minor: n }, locale));
  const cny = (fen: number) => formatMoney({ currency: 'CNY', minor: fen }, locale);
  const input = (key: keyof Fields, label: MessageKey, testId: string, type: 'text' | 'date' = 'text') => (
    <div class="cd-field" key={key}>
      <label for={`cd-${key}`}>{t(label)}</label>
      {type === 'date' ? (
        <input
          id={`cd-${key}`}
          type="date"
          data-testid={testId}
          value={f[key] as string}
          // Bounds keep the year to four digits in the browser's date field (see rate-date.ts).
          min={RATE_DATE_MIN}
          max={today}
          onInput={set(key)}
          autocomplete="off"
        />
      ) : (
        <input
          id={`cd-${key}`}
          type="text"
          inputMode="decimal"
          data-testid={testId}
          value={f[key] as string}
          onInput={set(key)}
          autocomplete="off"
        />
      )}
    </div>
  );
  const belowMoq = props.offer && parsed.inputs && parsed.inputs.quantity < props.offer.minOrderQty;

  return (
    <section class="cd-calc" data-testid="calculator">
      <h3>{t('calc.heading')}</h3>
      <div class="cd-grid">
        {input('quantity', 'calc.quantity', 'calc-quantity')}
        {input('unitPriceYuan', 'calc.unitPriceOverride', 'calc-unit-price-override')}
        {input('rate', 'calc.rate', 'calc-rate')}
        {input('rateDate', 'calc.rateDate', 'calc-rate-date', 'date')}
        <label class="cd-field">
          <span>{t('calc.shippingMode')}</span>
          <select data-testid="calc-shipping-mode" value={f.shippingMode} onChange={set('shippingMode')}>
            <option value="perKg">{t('calc.shipping.perKg')}</option>
            <option value="perUnit">{t('calc.shipping.perUnit')}</option>
          </select>
        </label>
        {f.shippingMode === 'perKg'
          ? [
              input('perKgKrw', 'calc.shippingPerKg', 'calc-shipping-per-kg'),
              input('unitWeightKg', 'calc.unitWeight', 'calc-unit-weight'),
            ]
          : input('perUnitKrw', 'calc.shippingPerUnit', 'calc-shipping-per-unit')}
        {input('dutyPercent', 'calc.duty', 'calc-duty')}
        {input('vatPercent', 'calc.vat', 'calc-vat')}
        <label class="cd-field">
          <span>{t('calc.category')}</span>
          <select data-testid="calc-category" value={f.category} onChange={set('category')}>
            {COUPANG_COMMISSION_DEFAULTS.map((c) => (
              <option key={c.id} value={c.id}>
                {`${t(`calc.category.${c.id}` as MessageKey)} · ${c.percent}%`}
              </option>
            ))}
          </select>
        </label>
        {input('commissionPercent', 'calc.commission', 'calc-commission')}
        {input('coupangShippingFeeKrw', 'calc.coupangShipping', 'calc-coupang-shipping')}
        {input('salePriceKrw', 'calc.salePrice', 'calc-sale-price')}
      </div>
      {!rateOk && !parsed.invalid.includes('rateDate') && (
        <p class="cd-warn" data-testid="calc-rate-missing">
          {t('calc.rateMissing')}
        </p>
      )}
      {needsPrice && (
        <p class="cd-warn" data-testid="calc-needs-price">
          {t('calc.typeUnitPrice')}
        </p>
      )}
      {(parsed.invalid.length > 0 || calcError) && (
        <p class="cd-warn" data-testid="calc-invalid">
          {t('calc.invalid', {
            field: [...parsed.invalid, ...(calcError ? [calcError] : [])]
              .map((n) => (FIELD_LABEL[n] ? t(FIELD_LABEL[n]) : n))
              .join(', '),
          })}
        </p>
      )}
      {result && (
        <table class="cd-results" data-testid="calc-results">
          <tbody>
            <tr>
              <th>{t('calc.unitPrice')}</th>
              <td data-testid="calc-unit-price">{cny(result.unitPriceFen)}</td>
            </tr>
            <tr>
              <th>{t('calc.goods')}</th>
              <td data-testid="calc-goods">{krw(result.goodsKrw)}</td>
            </tr>
            <tr>
              <th>{t('calc.intlShipping')}</th>
              <td data-testid="calc-intl-shipping">{krw(result.shippingKrw)}</td>
            </tr>
            <tr>
              <th>{t('calc.dutyAmount')}</th>
              <td data-testid="calc-duty-amount">{krw(result.dutyKrw)}</td>
            </tr>
            <tr>
              <th>{t('calc.vatAmount')}</th>
              <td data-testid="calc-vat-amount">{krw(result.vatKrw)}</td>
            </tr>
            <tr class="cd-strong">
              <th>{t('calc.landed')}</th>
              <td data-testid="calc-landed" data-value={result.landedKrw}>
                {krw(result.landedKrw)}
              </td>
            </tr>
            <tr>
              <th>{t('calc.orderLanded', { qty: parsed.inputs?.quantity ?? 0 })}</th>
              <td data-testid="calc-order-landed">{krw(result.orderLandedKrw)}</td>
            </tr>
            {result.commissionKrw !== undefined && (
              <tr>
                <th>{t('calc.commissionAmount')}</th>
                <td data-testid="calc-commission-amount">{krw(result.commissionKrw)}</td>
              </tr>
            )}
            {result.commissionVatKrw !== undefined && (
              <tr>
                <th>{t('calc.commissionVat')}</th>
                <td data-testid="calc-commission-vat" data-value={result.commissionVatKrw}>
                  {krw(result.commissionVatKrw)}
                </td>
              </tr>
            )}
            {result.marginKrw !== undefined && (
              <tr class={result.marginKrw < 0 ? 'cd-strong cd-negative' : 'cd-strong'}>
                <th>{t('calc.margin')}</th>
                <td data-testid="calc-margin" data-value={result.marginKrw}>
                  {krw(result.marginKrw)}
                </td>
              </tr>
            )}
            {result.marginPercent !== undefined && (
              <tr>
                <th>{t('calc.marginPercent')}</th>
                <td data-testid="calc-margin-percent">{`${result.marginPercent.toFixed(1)}%`}</td>
              </tr>
            )}
            <tr>
              <th>{t('calc.breakEven')}</th>
              <td data-testid="calc-break-even" data-value={result.breakEvenKrw ?? ''}>
                {krw(result.breakEvenKrw)}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {result?.belowFirstTier && <p class="cd-warn">{t('calc.belowFirstTier')}</p>}
      {belowMoq && <p class="cd-warn">{t('calc.belowMoq', { min: props.offer?.minOrderQty ?? 1 })}</p>}
      <p class="cd-muted cd-small">{t('calc.rounding')}</p>
      <div class="cd-actions">
        <button type="button" data-testid="calc-save" onClick={() => void saveSettings()}>
          {t('calc.save')}
        </button>
        <button type="button" data-testid="sourcing-add" onClick={() => void addToSourcing()}>
          {sourcing.saved ? t('sourcing.update') : t('sourcing.add')}
        </button>
      </div>
      {saveState === 'saved' && (
        <p class="cd-ok" data-testid="calc-saved">
          {t('calc.saved')}
        </p>
      )}
      {sourcing.saved && (
        <p class="cd-ok" data-testid="sourcing-saved">
          {t('sourcing.saved', { count: sourcing.count })}
        </p>
      )}
      <OfferDraft
        offerId={props.offerId}
        offer={props.offer}
        unitCostKrw={result?.landedKrw}
        salePriceKrw={suggestedPrice(parsed.inputs?.salePriceKrw, result?.breakEvenKrw)}
      />
    </section>
  );
}
