import { useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import { isOfferId, type Line, newLine } from './lines';

/** The form's offer lines: edit, add, remove, and look an offer up (title, specs, minimum quantity). */
export function useOfferLines(initialOfferId: string | undefined) {
  const [lines, setLines] = useState<Line[]>(() => [newLine(initialOfferId ?? '')]);

  const patch = (id: number, p: Partial<Line>) => setLines((ls) => ls.map((l) => (l.id === id ? { ...l, ...p } : l)));

  const lookUp = async (line: Line, accountKey: string | undefined) => {
    if (!accountKey || !isOfferId(line.offerId)) return;
    patch(line.id, { loading: true, error: undefined });
    try {
      const r = await send('offers.get', { offerId: line.offerId.trim(), accountKey });
      const firstSpec = r.offer.skus.find((s) => s.specId)?.specId ?? '';
      patch(line.id, {
        loading: false,
        offer: r.offer,
        specId: line.specId || firstSpec,
        quantity: String(Math.max(Number(line.quantity) || 1, r.offer.minOrderQty)),
      });
    } catch (e) {
      patch(line.id, { loading: false, error: e, offer: undefined });
    }
  };

  return {
    lines,
    ready: lines.filter((l) => isOfferId(l.offerId) && Number(l.quantity) >= 1),
    patch,
    lookUp,
    add: () => setLines((ls) => [...ls, newLine()]),
    remove: (id: number) => setLines((ls) => ls.filter((x) => x.id !== id)),
  };
}

export type OfferLines = ReturnType<typeof useOfferLines>;
