/**
 * Seller-page hosts Crossdock's helper panels run on (real hosts; a sandbox build serves each as
 * `<host>.localhost`). Content-script matches and sender checks both come from this list.
 */
export const MARKETPLACE_PAGE_HOSTS: readonly string[] = [
  'detail.1688.com',
  'm.1688.com',
  'detail.m.1688.com',
  'trade.1688.com',
  'work.1688.com',
  'wing.coupang.com',
];
