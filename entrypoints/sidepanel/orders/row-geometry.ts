/**
 * The order list's row height, shared by the list (order-list.tsx) and the rows the page's first
 * script draws before the app has loaded (early-rows.ts): both must stack rows the same way.
 */
export const ROW_HEIGHT = 44;

/**
 * Where the list begins when each bar above it (the areas, the header, the tabs, the filters and
 * the selection bar) takes one line, px. The early rows are drawn there on a profile's first open,
 * before the list has kept its place (early-rows.ts); at a width where the tabs wrap, the list
 * begins a line or two lower and the rows move down once as the app mounts.
 * sidepanel-early-rows.spec.ts checks it against the app.
 */
export const ONE_LINE_LIST_TOP = 156;
