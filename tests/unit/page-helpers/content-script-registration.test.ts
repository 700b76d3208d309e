import {
  ContentScriptRegistration,
  PAGE_HELPER_SCRIPT_ID,
  wantedMatches,
} from '@/utils/background/page-helpers/content-script-registration';
import { ALL_HELPER_MATCHES, injectionProvesOn, PAGE_HELPERS } from '@/utils/page-helpers/registry';
import { memoryScripting } from './memory-scripting';

const matchesOf = (id: string) => [...PAGE_HELPERS.find((h) => h.id === id)!.matches];

describe('page-helper content script registration (issue 13)', () => {
  it('registers the union of the enabled helpers’ patterns, and nothing when every helper is off', async () => {
    const { api, scripts } = memoryScripting();
    const registration = new ContentScriptRegistration(api);
    await registration.sync([]);
    expect(scripts.get(PAGE_HELPER_SCRIPT_ID)).toMatchObject({
      js: ['content-scripts/page-helper.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect([...scripts.get(PAGE_HELPER_SCRIPT_ID)!.matches!].sort()).toEqual([...ALL_HELPER_MATCHES].sort());

    await registration.sync(['offer-1688', 'order-1688']);
    expect(scripts.get(PAGE_HELPER_SCRIPT_ID)!.matches).toEqual(matchesOf('wing-coupang'));

    // The workbench serves both 1688 helpers: it stays while one of them is on.
    await registration.sync(['offer-1688']);
    expect(scripts.get(PAGE_HELPER_SCRIPT_ID)!.matches).toContain('https://work.1688.com/*');
    expect(scripts.get(PAGE_HELPER_SCRIPT_ID)!.matches).not.toContain('https://detail.1688.com/offer/*');

    await registration.sync(['offer-1688', 'order-1688', 'wing-coupang']);
    expect(scripts.size).toBe(0);
    await registration.sync([]);
    expect(scripts.size).toBe(1);
  });

  it('is idempotent: a sync with nothing to change changes nothing (install, update, browser start)', async () => {
    const { api, calls } = memoryScripting();
    const registration = new ContentScriptRegistration(api);
    await registration.sync(['order-1688']);
    await registration.sync(['order-1688']);
    await registration.sync(['wing-coupang', 'wing-coupang', 'order-1688', 'offer-1688']);
    await registration.sync(['wing-coupang', 'order-1688', 'offer-1688']);
    expect(calls).toEqual(['register', 'unregister']);
  });

  it('pages already open where a helper comes on get the script at once; the others are left alone', async () => {
    const offerPage = { id: 1, covers: ['https://detail.1688.com/offer/*'] };
    const wingPage = { id: 2, covers: ['https://wing.coupang.com/*'] };
    const { api, ranIn } = memoryScripting([offerPage, wingPage]);
    const registration = new ContentScriptRegistration(api);
    await registration.sync(['offer-1688']);
    expect(ranIn).toEqual([2]);
    // Wing was registered already: only the offer page, newly covered, gets it.
    await registration.sync([]);
    expect(ranIn).toEqual([2, 1]);
    // Switching off runs nothing anywhere (the open panel leaves with its next navigation).
    await registration.sync(['offer-1688', 'wing-coupang']);
    await registration.sync(['offer-1688', 'wing-coupang']);
    expect(ranIn).toEqual([2, 1]);
  });

  it('changes made one after another end as the last one asked', async () => {
    const { api, scripts } = memoryScripting();
    const registration = new ContentScriptRegistration(api);
    await Promise.all([registration.sync([]), registration.sync(['wing-coupang']), registration.sync(['offer-1688'])]);
    expect([...scripts.get(PAGE_HELPER_SCRIPT_ID)!.matches!].sort()).toEqual(wantedMatches(['offer-1688']).sort());
  });

  it('the script’s presence proves its helper is on, except where two helpers share the URL', () => {
    expect(injectionProvesOn('https://detail.1688.com/offer/1.html', 'offer-1688')).toBe(true);
    expect(injectionProvesOn('https://trade.1688.com/order/new_step_order_detail.htm?orderId=1', 'order-1688')).toBe(
      true,
    );
    expect(injectionProvesOn('https://wing.coupang.com/tenants/orders/1', 'wing-coupang')).toBe(true);
    expect(injectionProvesOn('https://work.1688.com/?_path_=buyer/order&orderId=1', 'order-1688')).toBe(false);
    expect(injectionProvesOn('https://work.1688.com/?_hex_offerId=ff', 'offer-1688')).toBe(false);
  });
});
