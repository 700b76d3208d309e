/**
 * The products list's filter values, shared by the protocol (its schemas) and the products view.
 * A module of its own, without the schema library: the view imports these at load, and a value
 * import from the protocol file would load zod with it (~94 kB on the area's first open).
 */

/** Coupang's product states (the list filter's values); `statusName` is Coupang's Korean word. */
export const PRODUCT_STATES = ['IN_REVIEW', 'SAVED', 'APPROVING', 'APPROVED', 'PARTIAL_APPROVED', 'DENIED'] as const;

export const SALE_FILTERS = ['all', 'onSale', 'stopped', 'soldOut'] as const;
