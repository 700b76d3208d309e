import { z } from 'zod';
import { placeInputObject } from '../../../protocol/messages/catalog';
import { applied } from '../../outbox/action';
import type { CoupangClient } from '../api';
import type { CoupangClients } from '../client-factory';
import { singleWriteAction } from '../single-write';
import { outboundBody, outboundView, placeMatches, returnCenterBody, returnCenterView } from './mapping';

/** What the outbox keeps for a place write: the form (business address, no PII) and the remote-fee row edited. */
export const placePayload = z.lazy(() =>
  placeInputObject().extend({ remoteInfoId: z.lazy(() => z.string().optional()) }),
);
export type PlacePayload = z.infer<typeof placePayload>;

export const PLACE_ACTION = 'coupang.savePlace';

/** Every return centre (≤ 50 a page), for lookups. */
export async function allReturnCenters(client: CoupangClient) {
  const out = [];
  for (let pageNum = 1; pageNum <= 20; pageNum++) {
    const page = await client.logistics.listReturnCenters({ pageNum, pageSize: 50 }, { priority: 'interactive' });
    out.push(...page.items);
    if (pageNum >= (page.pagination?.totalPages ?? 1)) break;
  }
  return out;
}

/**
 * Create or edit an outbound place or a return centre. Names are unique per vendor, so an
 * unanswered create is looked up by its name, an unanswered edit by its code and what it set.
 */
export function placeAction(clients: CoupangClients) {
  return singleWriteAction<PlacePayload>(clients, {
    type: PLACE_ACTION,
    payload: placePayload,
    async send(client, p) {
      const o = { priority: 'interactive' as const };
      if (p.kind === 'outbound') {
        if (p.code) await client.logistics.updateOutboundPlace(p.code, outboundBody(p, p.remoteInfoId), o);
        else await client.logistics.createOutboundPlace(outboundBody(p), o);
      } else if (p.code) await client.logistics.updateReturnCenter(p.code, returnCenterBody(p), o);
      else await client.logistics.createReturnCenter(returnCenterBody(p), o);
      return applied(p.code ? 'UPDATED' : 'CREATED');
    },
    async reconcile(client, p) {
      if (p.kind === 'outbound') {
        const found = (await client.logistics.findOutboundPlaces([p.name.trim()])).map(outboundView);
        const hit = found.find((v) => (p.code ? v.code === p.code : true));
        return hit && (!p.code || placeMatches(hit, p)) ? 'applied' : 'notApplied';
      }
      const centers = (await allReturnCenters(client)).map(returnCenterView);
      const hit = centers.find((v) => (p.code ? v.code === p.code : v.name === p.name.trim()));
      return hit && (!p.code || placeMatches(hit, p)) ? 'applied' : 'notApplied';
    },
  });
}
