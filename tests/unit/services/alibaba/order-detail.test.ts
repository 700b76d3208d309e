import { orderHandlers } from '../../../../utils/background/handlers/orders';
import { pageHelperHandlers } from '../../../../utils/background/page-helpers/handlers';
import { connectedAndSynced, freshStorage, page } from './harness';

beforeEach(freshStorage);

/** Issue 12, bug 4: a 1688 sales order opened in the side panel shows its recipient from 1688. */
describe('1688 order detail: the recipient the list leaves out', () => {
  it('reads the opened order from 1688 once, masked in the detail, plain in the timed reveal', async () => {
    const { s, calls, core, mod } = await connectedAndSynced();
    const listed = (await core.orders.all()).find((o) => o.role === 'seller');
    if (!listed) throw new Error('the sandbox member has no sales order');
    // The list asked for no address (C5): nothing to show or reveal yet.
    expect(listed.recipient.name).toBe('');
    const truth = await s.control<{ receiver: { fullName: string; mobile: string; city: string } }>(
      'GET',
      `/orders/${listed.orderId}`,
    );

    const h = orderHandlers(core, mod.completeOrder);
    const detail = await h['orders.detail']({ key: listed.key }, page);
    expect(detail.recipientName).not.toBe('');
    expect(detail.recipientName).not.toBe(truth.receiver.fullName);
    expect(detail.recipient.address).toContain(truth.receiver.city);
    const detailCalls = () => calls.filter((c) => c.api === 'alibaba.trade.get.sellerView').length;
    expect(detailCalls()).toBe(1);

    const shown = await h['orders.reveal']({ key: listed.key }, page);
    expect(shown.recipient.name).toBe(truth.receiver.fullName);
    expect(shown.recipient.phone).toBe(truth.receiver.mobile);
    // Cached now: opening it again asks 1688 nothing more.
    await h['orders.detail']({ key: listed.key }, page);
    expect(detailCalls()).toBe(1);
  });

  it("fills the trade-order helper's Recipient row the same way (masked name and region)", async () => {
    const { s, core, mod } = await connectedAndSynced();
    const listed = (await core.orders.all()).find((o) => o.role === 'seller');
    if (!listed) throw new Error('the sandbox member has no sales order');
    const truth = await s.control<{ receiver: { fullName: string; province: string } }>(
      'GET',
      `/orders/${listed.orderId}`,
    );
    const helpers = pageHelperHandlers({
      core,
      logistics: mod.handlers['alibaba.logistics'],
      offersGet: mod.handlers['offers.get'],
      openOptions: async () => undefined,
      completeOrder: mod.completeOrder,
    });
    const reply = await helpers['helper.order1688']({ orderId: listed.orderId }, page);
    expect(reply.order.recipient.name).not.toBe('');
    expect(reply.order.recipient.name).not.toBe(truth.receiver.fullName);
    expect(reply.order.recipient.region).toContain(truth.receiver.province);
  });
});
