import { useEffect, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { useAsync } from '@/components/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { PurchaseStatus } from '@/utils/protocol/messages/alibaba';
import { type AddressForm, EMPTY_ADDRESS, wireAddress } from './lines';
import { useOfferLines } from './use-offer-lines';

export type Preview = ReplyOf<'purchase.preview'>;
export type Step =
  | { kind: 'edit' }
  | { kind: 'confirm'; preview: Preview; idempotencyKey: string }
  | { kind: 'result'; idempotencyKey: string };

export const FINAL_STATES = new Set(['succeeded', 'failed', 'unknown']);

/**
 * The state of one purchase order, step by step: edit (member, lines, address) → confirm (the
 * preview's amounts, one idempotency key per confirmation, so a double click, a retry or a
 * worker restart never creates a second order) → result (the outbox item, followed through
 * `outbox.changed` events and re-read when the event port comes back after a worker restart).
 */
export function usePurchaseFlow(initialOfferId: string | undefined) {
  const accounts = useAsync(() => send('connections.list', {}), []);
  const members = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'alibaba');
  const [accountKey, setAccountKey] = useState<string>();
  const chosen = accountKey ?? members.find((a) => a.status === 'ok')?.accountKey ?? members[0]?.accountKey;
  const lines = useOfferLines(initialOfferId);
  const [address, setAddress] = useState<AddressForm>(EMPTY_ADDRESS);
  const [note, setNote] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [tradeType, setTradeType] = useState<string>();
  const [status, setStatus] = useState<PurchaseStatus>();

  const preview = async () => {
    if (!chosen || busy || lines.ready.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const address1688 = wireAddress(address);
      const p = await send('purchase.preview', {
        accountKey: chosen,
        lines: lines.ready.map((l) => ({
          offerId: l.offerId.trim(),
          quantity: Math.floor(Number(l.quantity)),
          ...(l.specId ? { specId: l.specId } : {}),
        })),
        ...(address1688 ? { address: address1688 } : {}),
      });
      setTradeType(p.preview.orders.flatMap((o) => o.tradeModes).find((m) => m.tradeType)?.tradeType);
      // One idempotency key per confirmation: every click on "create" reuses it.
      setStep({ kind: 'confirm', preview: p, idempotencyKey: crypto.randomUUID() });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const showResult = (s: PurchaseStatus, idempotencyKey: string) => {
    setStatus(s);
    setStep({ kind: 'result', idempotencyKey });
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
      showResult(s, idempotencyKey);
    } catch (err) {
      // A lost reply (the worker restarted) may still have queued the order: ask by key.
      try {
        const s = await send('purchase.status', { accountKey: chosen, idempotencyKey });
        if (s.state !== 'none') return showResult(s, idempotencyKey);
      } catch {}
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const resultKey = step.kind === 'result' ? step.idempotencyKey : undefined;
  const followResult = () => {
    if (!resultKey || !chosen || FINAL_STATES.has(status?.state ?? '')) return;
    send('purchase.status', { accountKey: chosen, idempotencyKey: resultKey }).then(
      (s) => setStatus((cur) => (cur?.idempotencyKey === s.idempotencyKey ? s : cur)),
      () => undefined, // the worker may be restarting: the reconnect asks again
    );
  };
  useEffect(followResult, [resultKey, chosen]);
  useEvent('outbox.changed', followResult);
  useEventsReconnected(followResult);

  const startOver = () => {
    setStep({ kind: 'edit' });
    setStatus(undefined);
    setError(undefined);
  };

  return {
    accounts,
    members,
    chosen,
    setAccountKey,
    lines,
    address,
    setAddress,
    note,
    setNote,
    step,
    busy,
    error,
    tradeType,
    setTradeType,
    status,
    preview,
    create,
    startOver,
  };
}

export type PurchaseFlow = ReturnType<typeof usePurchaseFlow>;
