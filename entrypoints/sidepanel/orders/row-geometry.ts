/**
 * The order list's row height, shared by the list (order-list.tsx) and the rows the page's first
 * script draws before the app has loaded (early-rows.ts): both must stack rows the same way.
 */
export const ROW_HEIGHT = 44;
