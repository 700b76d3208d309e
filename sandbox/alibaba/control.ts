import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import type { SandboxContext } from '../core/context';
import { Rng } from '../core/rng';
import { APPS, MAIN_APP } from './apps';
import { offerPatch, orderCreate, orderPatch, tokenIssue } from './control-schemas';
import { SUPPLIERS } from './data/dictionary';
import { mixSeed, mobile } from './data/ids';
import type { Order, OrderStatus } from './data/model';
import { moveToStatus } from './data/order-edit';
import { memberParty, orderLine } from './data/order-gen';
import { chineseName, fictionalBuyer, receiver as randomReceiver } from './data/people';
import type { AlibabaFacts } from './facts';
import { findMember, MEMBERS, SELLER } from './members';
import type { AlibabaState } from './state';

async function body<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ ok: true; value: z.infer<T> } | { ok: false; res: Response }> {
  const raw = await c.req.json().catch(() => ({}));
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, res: c.json({ error: parsed.error.issues }, 400) };
}

function partyFor(memberId: string, rng: Rng) {
  const seeded = findMember(memberId);
  if (seeded) return memberParty(seeded);
  const supplier = SUPPLIERS.find((s) => s.memberId === memberId);
  if (supplier) return { ...supplier, contactName: chineseName(rng), mobile: mobile(rng) };
  return undefined;
}

/**
 * Control routes for tests, mounted at /__control/alibaba. Orders and offers come back in the
 * sandbox's internal shape (ids as strings, money in fen, times in epoch ms).
 */
export function createAlibabaControl(ctx: SandboxContext, state: AlibabaState, facts: () => AlibabaFacts): Hono {
  const app = new Hono();

  app.get('/', (c) => c.json(facts()));
  app.get('/members', (c) => c.json(MEMBERS));

  app.get('/offers', (c) => {
    const supplier = c.req.query('supplierMemberId');
    return c.json(supplier ? state.catalog.bySupplier(supplier) : state.catalog.all());
  });
  app.get('/offers/:offerId', (c) => {
    const offer = state.catalog.get(c.req.param('offerId'));
    return offer ? c.json(offer) : c.json({ error: 'no such offer' }, 404);
  });
  app.patch('/offers/:offerId', async (c) => {
    const offer = state.catalog.get(c.req.param('offerId'));
    if (!offer) return c.json({ error: 'no such offer' }, 404);
    const patch = await body(c, offerPatch);
    if (!patch.ok) return patch.res;
    Object.assign(offer, patch.value, { modifyMs: ctx.clock.now() });
    return c.json(offer);
  });

  app.get('/orders', (c) => {
    const q = c.req.query();
    const role = q.role === 'buyer' ? 'buyer' : 'seller';
    const page = state.orders.list(
      q.memberId ?? SELLER.memberId,
      role,
      { status: q.status as OrderStatus | undefined },
      Math.max(1, Number(q.page ?? 1)),
      Math.min(500, Math.max(1, Number(q.pageSize ?? 20))),
    );
    return c.json(page);
  });
  app.get('/orders/:orderId', (c) => {
    const order = state.orders.get(c.req.param('orderId'));
    return order ? c.json(order) : c.json({ error: 'no such order' }, 404);
  });
  app.patch('/orders/:orderId', async (c) => {
    const order = state.orders.get(c.req.param('orderId'));
    if (!order) return c.json({ error: 'no such order' }, 404);
    const patch = await body(c, orderPatch);
    if (!patch.ok) return patch.res;
    const { status, receiver, items, refundStatus, ...rest } = patch.value;
    const now = ctx.clock.now();
    let next: Order = { ...order, ...rest, modifyMs: now, receiver: { ...order.receiver, ...receiver } };
    if (refundStatus !== undefined) next.refundStatus = refundStatus ?? undefined;
    if (items) next.items = next.items.map((item, i) => ({ ...item, ...items[i] }));
    if (status) next = moveToStatus(next, status, now, state.catalog);
    state.orders.save(next);
    return c.json(next);
  });
  app.post('/orders', async (c) => {
    const req = await body(c, orderCreate);
    if (!req.ok) return req.res;
    const v = req.value;
    const orderId = state.orders.newOrderId();
    const rng = new Rng(mixSeed(Number(orderId.slice(-9)), 3));
    const seller = partyFor(v.sellerMemberId ?? SELLER.memberId, rng);
    if (!seller) return c.json({ error: 'sellerMemberId must be a seeded member or supplier' }, 400);
    const buyer = v.buyerMemberId ? partyFor(v.buyerMemberId, rng) : fictionalBuyer(rng);
    if (!buyer) return c.json({ error: 'buyerMemberId must be a seeded member or supplier' }, 400);
    const offer = v.offerId ? state.catalog.get(v.offerId) : state.catalog.bySupplier(seller.memberId)[0];
    if (!offer || offer.supplierMemberId !== seller.memberId)
      return c.json({ error: "offerId must be one of the seller's offers" }, 400);
    const now = ctx.clock.now();
    const createMs = v.createMs ?? now;
    let order: Order = {
      orderId,
      seller,
      buyer,
      status: 'waitbuyerpay',
      createMs,
      modifyMs: createMs,
      items: [orderLine(rng, orderId, 0, offer, v.quantity ?? offer.minOrderQuantity)],
      shippingFeeFen: offer.freightFen,
      receiver: { ...randomReceiver(rng), ...v.receiver },
      buyerMemo: v.buyerMemo ?? '',
      sellerMemo: '',
      buyerFeedback: '',
      shipments: [],
    };
    order = moveToStatus(order, v.status ?? 'waitsellersend', createMs, state.catalog);
    state.orders.add(order);
    return c.json(order);
  });

  app.post('/no-usage-left', async (c) => {
    const { on, appKey } = (await c.req.json().catch(() => ({}))) as { on?: boolean; appKey?: string };
    const key = appKey ?? MAIN_APP.appKey;
    if (!APPS.has(key)) return c.json({ error: 'unknown appKey' }, 400);
    if (on === false) state.noUsageLeft.delete(key);
    else state.noUsageLeft.add(key);
    return c.json({ appKeys: [...state.noUsageLeft] });
  });

  app.get('/tokens', (c) => {
    const memberId = c.req.query('memberId');
    return c.json(state.tokens.list().filter((t) => !memberId || t.memberId === memberId));
  });
  app.get('/codes', (c) => c.json(state.tokens.listCodes()));
  /** Issues tokens without the consent page (for tests that are not about OAuth). */
  app.post('/tokens', async (c) => {
    const req = await body(c, tokenIssue);
    if (!req.ok) return req.res;
    const appKey = req.value.appKey ?? MAIN_APP.appKey;
    const member = findMember(req.value.memberId);
    if (!member || !APPS.has(appKey)) return c.json({ error: 'unknown memberId or appKey' }, 400);
    const access = state.tokens.issueAccess(appKey, member.memberId);
    const refresh = req.value.withRefresh === false ? undefined : state.tokens.issueRefresh(appKey, member.memberId);
    return c.json({ memberId: member.memberId, appKey, access_token: access.token, refresh_token: refresh?.token });
  });
  app.post('/members/:memberId/revoke', async (c) => {
    const { appKey } = (await c.req.json().catch(() => ({}))) as { appKey?: string };
    return c.json({ revoked: state.tokens.revokeMember(c.req.param('memberId'), appKey) });
  });
  app.post('/members/:memberId/expire', async (c) => {
    const { refresh } = (await c.req.json().catch(() => ({}))) as { refresh?: boolean };
    return c.json({ expired: state.tokens.expireMember(c.req.param('memberId'), refresh === true) });
  });

  app.get('/purchases', (c) => c.json(Object.fromEntries(state.purchases)));
  /** The business parameters of every gateway call since the last reset (no tokens, no signatures). */
  app.get('/request-log', (c) => c.json(state.requestLog));
  app.get('/purchases/:memberId', (c) => c.json(state.purchaseStats(c.req.param('memberId'))));

  return app;
}
