import { useEffect, useMemo, useState } from 'preact/hooks';
import { useAsync, useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { OfferViewWire, PurchaseAddressWire, PurchaseStatus } from '@/utils/protocol/messages/alibaba';
import { formatMoney, formatTimeHM } from '@/utils/ui/format';
import { AlibabaErrorText } from './alibaba-error';
import './alibaba.css';

/**
 * A 1688 purchase order from the side panel (issue #5): choose the buying member, add offer id +
 * specification + quantity lines, enter the delivery address, preview (price, freight, trade
 * mode) → a confirmation step with the amounts → create. Creation goes through the background's
 * durable outbox with an idempotency key made once per confirmation, so a double click, a retry
 * or a worker restart never creates a second order; the result comes from the outbox.
 */
interface Line {
  id: number;
  offerId: string;
  offer?: OfferViewWire;
  loading?: boolean;
  error?: unknown;
  specId: string;
  quantity: string;
}

type Preview = ReplyOf<'purchase.preview'>;
type Step =
  | { kind: 'edit' }
  | { kind: 'confirm'; preview: Preview; idempotencyKey: string }
  | { kind: 'result'; idempotencyKey: string };

const FINAL = new Set(['succeeded', 'failed', 'unknown']);
/** Result codes of a create still on its way (no answer yet), as opposed to one being looked up. */
const IN_FLIGHT = new Set(['SENDING']);

/** 1688's answer did not prove the outcome: Crossdock is looking the order up (never "not created" yet). */
function isChecking(status: PurchaseStatus | undefined): boolean {
  return (
    status?.state === 'sending' && status.result?.outcome === 'unknown' && !IN_FLIGHT.has(status.result.code ?? '')
  );
}
const EMPTY_ADDRESS = {
  fullName: '',
  mobile: '',
  provinceText: '',
  cityText: '',
  areaText: '',
  address: '',
  postCode: '',
};

let nextLineId = 1;
const newLine = (): Line => ({ id: nextLineId++, offerId: '', specId: '', quantity: '1' });

function specLabel(sku: OfferViewWire['skus'][number]): string {
  return sku.specs.map((s) => s.value).join(' / ') || sku.skuId;
}

export function PurchaseOrderView(props: {
  onBack?: () => void;
  onOpenOrder?: (orderKey: string) => void;
  offerId?: string;
}) {
  const { t, locale } = useI18n();
  const accounts = useAsync(() => send('connections.list', {}), []);
  const members = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'alibaba');
  const [accountKey, setAccountKey] = useState<string>();
  const chosen = accountKey ?? members.find((a) => a.status === 'ok')?.accountKey ?? members[0]?.accountKey;
  const [lines, setLines] = useState<Line[]>(() => [{ ...newLine(), offerId: props.offerId ?? '' }]);
  const [address, setAddress] = useState<typeof EMPTY_ADDRESS>(EMPTY_ADDRESS);
  const [note, setNote] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [tradeType, setTradeType] = useState<string>();
  const [status, setStatus] = useState<PurchaseStatus>();
  const checking = isChecking(status);

  const patchLine = (id: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));

  const lookUp = async (line: Line) => {
    if (!chosen || !/^\d{1,30}$/.test(line.offerId.trim())) return;
    patchLine(line.id, { loading: true, error: undefined });
    try {
      const r = await send('offers.get', { offerId: line.offerId.trim(), accountKey: chosen });
      const firstSpec = r.offer.skus.find((s) => s.specId)?.specId ?? '';
      patchLine(line.id, {
        loading: false,
        offer: r.offer,
        specId: line.specId || firstSpec,
        quantity: String(Math.max(Number(line.quantity) || 1, r.offer.minOrderQty)),
      });
    } catch (e) {
      patchLine(line.id, { loading: false, error: e, offer: undefined });
    }
  };

  const readyLines = lines.filter((l) => /^\d{1,30}$/.test(l.offerId.trim()) && Number(l.quantity) >= 1);
  const addressOk =
    address.fullName.trim() &&
    address.mobile.trim() &&
    address.provinceText.trim() &&
    address.cityText.trim() &&
    address.address.trim();

  const preview = async (e: Event) => {
    e.preventDefault();
    if (!chosen || busy || readyLines.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const wireAddress: PurchaseAddressWire | undefined = addressOk
        ? {
            fullName: address.fullName.trim(),
            mobile: address.mobile.trim(),
            provinceText: address.provinceText.trim(),
            cityText: address.cityText.trim(),
            areaText: address.areaText.trim(),
            address: address.address.trim(),
            ...(address.postCode.trim() ? { postCode: address.postCode.trim() } : {}),
          }
        : undefined;
      const p = await send('purchase.preview', {
        accountKey: chosen,
        lines: readyLines.map((l) => ({
          offerId: l.offerId.trim(),
          quantity: Math.floor(Number(l.quantity)),
          ...(l.specId ? { specId: l.specId } : {}),
        })),
        ...(wireAddress ? { address: wireAddress } : {}),
      });
      setTradeType(p.preview.orders.flatMap((o) => o.tradeModes).find((m) => m.tradeType)?.tradeType);
      // One idempotency key per confirmation: every click on "create" below reuses it.
      setStep({ kind: 'confirm', preview: p, idempotencyKey: crypto.randomUUID() });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (step.kind !== 'confirm' || !chosen) return;
    const { preview: p, idempotencyKey } = step;
    setBusy(true);
    setError(undefined);
    try {
      const s = await send('purchase.create', {
        accountKey: chosen,
        previewToken: p.previewToken,
        idempotencyKey,
        ...(tradeType ? { tradeType } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setStatus(s);
      setStep({ kind: 'result', idempotencyKey });
    } catch (err) {
      // A lost reply (the worker restarted) may still have queued the order: ask by key.
      try {
        const s = await send('purchase.status', { accountKey: chosen, idempotencyKey });
        if (s.state !== 'none') {
          setStatus(s);
          setStep({ kind: 'result', idempotencyKey });
          return;
        }
      } catch {}
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  // The result: follow the outbox item until it is final.
  const resultKey = step.kind === 'result' ? step.idempotencyKey : undefined;
  useEffect(() => {
    if (!resultKey || !chosen) return;
    let live = true;
    const poll = () =>
      send('purchase.status', { accountKey: chosen, idempotencyKey: resultKey }).then(
        (s) => live && setStatus(s),
        () => undefined, // the worker may be restarting; the next tick asks again
      );
    const timer = setInterval(() => {
      if (!FINAL.has(status?.state ?? '')) void poll();
    }, 1000);
    const off = subscribeEvents((e) => {
      if (e.type === 'outbox.changed') void poll();
    });
    void poll();
    return () => {
      live = false;
      clearInterval(timer);
      off();
    };
  }, [resultKey, chosen, status?.state]);

  const startOver = () => {
    setStep({ kind: 'edit' });
    setStatus(undefined);
    setError(undefined);
  };

  const warningText = (w: { code: string; offerId?: string }) => {
    const key = `alibaba.po.warn.${w.code}`;
    const text = t(key as MessageKey, { offer: w.offerId ?? '' });
    return text === key ? w.code : text;
  };

  const totalText = useMemo(
    () => (step.kind === 'confirm' ? formatMoney(step.preview.preview.total, locale) : ''),
    [step, locale],
  );

  return (
    <div class="view purchase" data-testid="purchase-view">
      <div class="view-head">
        {props.onBack ? (
          <button type="button" data-testid="purchase-back" onClick={props.onBack}>
            ← {t('alibaba.po.back')}
          </button>
        ) : null}
        <h2>{t('alibaba.po.title')}</h2>
      </div>
      {accounts.value && members.length === 0 ? (
        <p class="muted" data-testid="purchase-no-account">
          {t('alibaba.po.noAccount')}
        </p>
      ) : null}

      {step.kind === 'edit' && members.length > 0 ? (
        <form onSubmit={preview} noValidate>
          <label class="field">
            <span>{t('alibaba.po.account')}</span>
            <select
              data-testid="purchase-account"
              value={chosen}
              onChange={(e) => setAccountKey(e.currentTarget.value)}
            >
              {members.map((a) => (
                <option key={a.accountKey} value={a.accountKey}>
                  {a.label || a.accountId} ({a.accountId})
                </option>
              ))}
            </select>
          </label>

          <h3>{t('alibaba.po.lines')}</h3>
          {lines.map((l, i) => (
            <div class="card purchase-line" key={l.id} data-testid="purchase-line">
              <div class="row">
                <label class="field">
                  <span>{t('alibaba.po.offerId')}</span>
                  <input
                    data-testid="purchase-offer-id"
                    inputMode="numeric"
                    value={l.offerId}
                    onInput={(e) => patchLine(l.id, { offerId: e.currentTarget.value, offer: undefined, specId: '' })}
                    onBlur={() => !l.offer && void lookUp(l)}
                  />
                </label>
                <button
                  type="button"
                  data-testid="purchase-load-offer"
                  onClick={() => void lookUp(l)}
                  disabled={l.loading}
                >
                  {l.loading ? t('alibaba.po.loadingOffer') : t('alibaba.po.loadOffer')}
                </button>
                {lines.length > 1 ? (
                  <button type="button" class="link" onClick={() => setLines((ls) => ls.filter((x) => x.id !== l.id))}>
                    {t('alibaba.po.removeLine')}
                  </button>
                ) : null}
              </div>
              {l.offer ? (
                <div>
                  <div data-testid="purchase-offer-title">
                    <strong>{l.offer.title}</strong> <span class="muted">{l.offer.supplier.name}</span>
                  </div>
                  <div class="muted small">
                    {t('alibaba.po.moq', { qty: l.offer.minOrderQty })}
                    {l.offer.stock !== undefined ? ` · ${t('alibaba.po.stock', { stock: l.offer.stock })}` : ''}
                  </div>
                </div>
              ) : null}
              <div class="row">
                {l.offer?.skus.some((s) => s.specId) ? (
                  <label class="field">
                    <span>{t('alibaba.po.spec')}</span>
                    <select
                      data-testid="purchase-spec"
                      value={l.specId}
                      onChange={(e) => patchLine(l.id, { specId: e.currentTarget.value })}
                    >
                      <option value="">{t('alibaba.po.chooseSpec')}</option>
                      {l.offer.skus
                        .filter((s) => s.specId)
                        .map((s) => (
                          <option key={s.specId} value={s.specId}>
                            {specLabel(s)}
                            {s.price ? ` · ${formatMoney(s.price, locale)}` : ''}
                          </option>
                        ))}
                    </select>
                  </label>
                ) : null}
                <label class="field">
                  <span>{t('alibaba.po.qty')}</span>
                  <input
                    data-testid="purchase-qty"
                    type="number"
                    min={1}
                    value={l.quantity}
                    onInput={(e) => patchLine(l.id, { quantity: e.currentTarget.value })}
                  />
                </label>
              </div>
              <AlibabaErrorText error={l.error} testid={`purchase-offer-error-${i}`} />
            </div>
          ))}
          <button
            type="button"
            class="link"
            data-testid="purchase-add-line"
            onClick={() => setLines((ls) => [...ls, newLine()])}
          >
            + {t('alibaba.po.addLine')}
          </button>

          <h3>{t('alibaba.po.address')}</h3>
          <div class="purchase-address">
            {(
              [
                ['fullName', 'alibaba.po.fullName'],
                ['mobile', 'alibaba.po.mobile'],
                ['provinceText', 'alibaba.po.province'],
                ['cityText', 'alibaba.po.city'],
                ['areaText', 'alibaba.po.area'],
                ['address', 'alibaba.po.street'],
                ['postCode', 'alibaba.po.postCode'],
              ] as const
            ).map(([field, label]) => (
              <label class="field" key={field}>
                <span>{t(label)}</span>
                <input
                  data-testid={`purchase-address-${field}`}
                  value={address[field]}
                  autocomplete="off"
                  onInput={(e) => setAddress((a) => ({ ...a, [field]: e.currentTarget.value }))}
                />
              </label>
            ))}
          </div>
          <label class="field">
            <span>{t('alibaba.po.note')}</span>
            <input
              data-testid="purchase-note"
              value={note}
              maxLength={400}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <div class="row">
            <button
              type="submit"
              class="primary"
              data-testid="purchase-preview"
              disabled={busy || readyLines.length === 0 || !chosen}
            >
              {busy ? t('alibaba.po.previewing') : t('alibaba.po.preview')}
            </button>
          </div>
        </form>
      ) : null}

      {step.kind === 'confirm' ? (
        <div class="purchase-confirm" data-testid="purchase-confirm">
          <h3>{t('alibaba.po.confirmTitle')}</h3>
          {step.preview.preview.orders.map((o, i) => (
            <table class="dense" key={i} data-testid="purchase-preview-order">
              <caption>{t('alibaba.po.supplierOrder', { n: i + 1 })}</caption>
              <tbody>
                {o.lines.map((l, j) => {
                  const mine = lines.find(
                    (x) => x.offerId.trim() === l.offerId && (!l.specId || x.specId === l.specId),
                  );
                  const sku = mine?.offer?.skus.find((k) => k.specId === l.specId);
                  return (
                    <tr key={j} data-testid="purchase-preview-line" data-ok={String(l.ok)}>
                      <td class="wrap">
                        {mine?.offer?.title ?? <span class="mono">{l.offerId}</span>}
                        {sku ? <div class="muted small">{specLabel(sku)}</div> : null}
                      </td>
                      <td class="num">{mine ? `× ${mine.quantity}` : ''}</td>
                      <td class="num">{l.unitPrice ? formatMoney(l.unitPrice, locale) : ''}</td>
                      <td class="num">{l.amount ? formatMoney(l.amount, locale) : ''}</td>
                      <td>{l.ok ? '' : <span class="error">{t('alibaba.po.lineRejected')}</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
          <dl class="kv">
            <dt>{t('alibaba.po.goods')}</dt>
            <dd data-testid="purchase-goods">{formatMoney(step.preview.preview.goods, locale)}</dd>
            <dt>{t('alibaba.po.shipping')}</dt>
            <dd data-testid="purchase-shipping">{formatMoney(step.preview.preview.shipping, locale)}</dd>
            {step.preview.preview.discount.minor ? (
              <>
                <dt>{t('alibaba.po.discount')}</dt>
                <dd>-{formatMoney(step.preview.preview.discount, locale)}</dd>
              </>
            ) : null}
            <dt>{t('alibaba.po.total')}</dt>
            <dd data-testid="purchase-total" data-minor={step.preview.preview.total.minor}>
              <strong>{totalText}</strong>
            </dd>
          </dl>
          {(() => {
            const modes = step.preview.preview.orders.flatMap((o) => o.tradeModes).filter((m) => m.tradeType);
            return modes.length > 1 ? (
              <label class="field">
                <span>{t('alibaba.po.tradeMode')}</span>
                <select
                  data-testid="purchase-trade-mode"
                  value={tradeType}
                  onChange={(e) => setTradeType(e.currentTarget.value)}
                >
                  {modes.map((m) => (
                    <option key={m.tradeType} value={m.tradeType}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : modes.length === 1 ? (
              <p class="muted small">
                {t('alibaba.po.tradeMode')}: {modes[0]!.name}
              </p>
            ) : null;
          })()}
          {step.preview.preview.warnings.length ? (
            <ul class="warn" data-testid="purchase-warnings">
              {step.preview.preview.warnings.map((w, i) => (
                <li key={i}>{warningText(w)}</li>
              ))}
            </ul>
          ) : null}
          <p class="muted small">
            {t('alibaba.po.expiresAt', { time: formatTimeHM(step.preview.expiresAt, 'KST') })} ·{' '}
            {t('alibaba.po.confirmHint')}
          </p>
          <div class="row">
            <button
              type="button"
              class="primary"
              data-testid="purchase-create"
              disabled={busy || !step.preview.preview.orderable}
              onClick={() => void create()}
            >
              {t('alibaba.po.create', { total: totalText })}
            </button>
            <button type="button" data-testid="purchase-edit" onClick={startOver} disabled={busy}>
              {t('alibaba.po.edit')}
            </button>
          </div>
        </div>
      ) : null}

      {step.kind === 'result' ? (
        <div
          class="purchase-result card"
          data-testid="purchase-status"
          data-state={status?.state ?? 'queued'}
          data-checking={checking ? 'true' : 'false'}
          data-order-id={status?.orderId ?? ''}
        >
          {status?.state === 'succeeded' && status.orderId ? (
            <p class="ok">
              <span data-testid="purchase-result-text">{t('alibaba.po.state.succeeded', { id: status.orderId })}</span>
              {status.total ? <strong> {formatMoney(status.total, locale)}</strong> : null}
            </p>
          ) : status?.state === 'failed' ? (
            <>
              <p class="error">{t('alibaba.po.state.failed')}</p>
              <AlibabaErrorText
                error={{ kind: status.result?.code, code: status.result?.code, message: status.result?.message }}
                testid="purchase-error"
              />
            </>
          ) : status?.state === 'unknown' ? (
            <p class="warn">{t('alibaba.po.state.unknown')}</p>
          ) : (
            <p class="muted">
              {t(
                checking
                  ? 'alibaba.po.state.checking'
                  : status?.state === 'sending'
                    ? 'alibaba.po.state.sending'
                    : 'alibaba.po.state.queued',
              )}
            </p>
          )}
          {status?.failedOffers?.length ? (
            <p class="warn">
              {t('alibaba.po.partial', { offers: status.failedOffers.map((f) => f.offerId ?? '?').join(', ') })}
            </p>
          ) : null}
          <div class="row">
            {status?.orderKey && props.onOpenOrder ? (
              <button
                type="button"
                data-testid="purchase-open-order"
                onClick={() => props.onOpenOrder?.(status.orderKey!)}
              >
                {t('alibaba.po.openOrder')}
              </button>
            ) : null}
            {FINAL.has(status?.state ?? '') ? (
              <button type="button" data-testid="purchase-new" onClick={startOver}>
                {t('alibaba.po.newOrder')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      <AlibabaErrorText error={error} testid="purchase-form-error" />
    </div>
  );
}
