import { type PlaceInput, type PlaceView, placeProblems } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import { COURIERS } from '../api/couriers';
import type { CoupangClients } from '../client-factory';
import { runSingleWrite, writeView } from '../single-write';
import { allReturnCenters, PLACE_ACTION, type PlacePayload } from './actions';
import { outboundView, returnCenterView } from './mapping';

/** Couriers goodsflow serves: the only ones a return centre may use (§4.1). */
export const RETURN_COURIERS = COURIERS.filter((c) => c.returnCenter).map((c) => c.code);

/** Shipping places: read on demand (a handful of rows, no cache); writes through the outbox. */
export class PlacesService {
  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  async list(accountKey: string) {
    const client = await this.clients.get(accountKey);
    const outbound: PlaceView[] = [];
    for (let pageNum = 1; pageNum <= 20; pageNum++) {
      const page = await client.logistics.listOutboundPlaces({ pageNum, pageSize: 50 }, { priority: 'interactive' });
      outbound.push(...page.items.map(outboundView));
      if (pageNum >= (page.pagination?.totalPages ?? 1)) break;
    }
    const returnCenters = (await allReturnCenters(client)).map(returnCenterView);
    return {
      outbound,
      returnCenters,
      couriers: COURIERS.map((c) => ({ code: c.code, ko: c.nameKo, en: c.nameEn })),
      returnCouriers: RETURN_COURIERS,
    };
  }

  async save(accountKey: string, place: PlaceInput) {
    const problems = placeProblems(place, RETURN_COURIERS);
    if (problems.length) return { problems };
    const payload: PlacePayload = { ...place, ...(await this.remoteInfoId(accountKey, place)) };
    const target = place.code ? `${place.kind}:${place.code}` : `${place.kind}:new:${place.name.trim()}`;
    const record = await runSingleWrite(this.core, accountKey, PLACE_ACTION, target, payload);
    return { problems: [], write: writeView(record) };
  }

  /** Editing an outbound place: the remote-fee row of the same courier is edited, not added beside it. */
  private async remoteInfoId(accountKey: string, place: PlaceInput): Promise<{ remoteInfoId?: string }> {
    if (place.kind !== 'outbound' || !place.code) return {};
    const client = await this.clients.get(accountKey);
    const [found] = await client.logistics.findOutboundPlaces([place.name.trim()], { priority: 'interactive' });
    const row = found?.remoteInfos.find((r) => r.deliveryCode === place.courierCode);
    return row?.remoteInfoId ? { remoteInfoId: row.remoteInfoId } : {};
  }
}
