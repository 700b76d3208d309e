import type { CoupangClient } from '@/utils/background/coupang/api';
import { SideReads } from '@/utils/background/coupang/orders/side-reads';

const client = {} as CoupangClient;

describe('side reads of the order sync (issue 14: inquiries and claims counted without opening their area)', () => {
  it('runs every registered read in order; one failing is reported and the next still runs', async () => {
    const reads = new SideReads();
    const ran: string[] = [];
    const failed: string[] = [];
    reads.register('inquiries', async (k) => {
      ran.push(`inquiries ${k}`);
      throw new Error('CS API down');
    });
    reads.register('claims', async (k) => void ran.push(`claims ${k}`));
    await reads.runAll('coupang:A1', client, new AbortController().signal, (name) => failed.push(name));
    expect(ran).toEqual(['inquiries coupang:A1', 'claims coupang:A1']);
    expect(failed).toEqual(['inquiries']);
  });

  it('stops before the next read once the sync is aborted', async () => {
    const reads = new SideReads();
    const stop = new AbortController();
    const ran: string[] = [];
    reads.register('inquiries', async () => {
      ran.push('inquiries');
      stop.abort();
    });
    reads.register('claims', async () => void ran.push('claims'));
    await reads.runAll('coupang:A1', client, stop.signal);
    expect(ran).toEqual(['inquiries']);
  });
});
