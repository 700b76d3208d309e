import { z } from 'zod';
import { defineMessage } from '../define';
import { orderTab } from './orders';
import { accountKey, idString, orderKey } from './shared-schemas';

const whole = z.lazy(() => z.string().regex(/^\d{1,9}$/));

/** Where the side panel should open: a tab of the order list, one order, the purchase view, or an area. */
export const sidePanelView = z.lazy(() =>
  z
    .object({
      tab: orderTab.optional(),
      orderKey: orderKey.optional(),
      accountKey: accountKey.optional(),
      screen: z.enum(['orders', 'import', 'purchase']).optional(),
      /** A side-panel area other than the orders (its id in entrypoints/sidepanel/shell/areas.tsx). */
      area: z
        .string()
        .regex(/^[a-z][a-z-]{0,30}$/)
        .optional(),
      /**
       * A listing draft from a 1688 offer (the products area's create form): only ids and the
       * seller's numbers travel — the offer, its chosen SKUs (specIds, comma-separated), the landed
       * unit cost and the calculator's suggested sale price, in won. Never the offer's text.
       */
      offerId: idString.optional(),
      specIds: z
        .string()
        .regex(/^[0-9a-zA-Z]{1,64}(,[0-9a-zA-Z]{1,64}){0,49}$/)
        .optional(),
      unitCost: whole.optional(),
      salePrice: whole.optional(),
    })
    .strict(),
);
export type SidePanelView = z.infer<typeof sidePanelView>;

/**
 * Where the side panel's order list began on the page the last time it was drawn, at that width
 * and language: the page's first script draws the opening rows there before the app's code has
 * loaded (entrypoints/sidepanel/orders/early-rows.ts), so they do not move when the app mounts.
 * Page geometry only: no order or account data.
 */
export const openingLayout = z.lazy(() =>
  z
    .object({
      width: z.number().int().min(0).max(10_000),
      locale: z.enum(['ko', 'en', 'zh_CN']),
      /** The list's box on the page, px: its top and left edge and its width without a scrollbar. */
      listTop: z.number().int().min(0).max(2_000),
      listLeft: z.number().int().min(0).max(10_000),
      listWidth: z.number().int().min(0).max(10_000),
      /** Whether the rows showed their account (more than one account connected). */
      showAccount: z.boolean(),
    })
    .strict(),
);
export type OpeningLayout = z.infer<typeof openingLayout>;

/** Two kept layouts say the same (the page sends, and the worker writes, only a change). */
export function sameOpeningLayout(a: OpeningLayout | undefined, b: OpeningLayout): boolean {
  return !!a && (Object.keys(b) as Array<keyof OpeningLayout>).every((k) => a[k] === b[k]);
}

export const uiMessages = {
  /**
   * Opens the side panel at a view. Must be sent from a click: the background opens the panel
   * synchronously in its listener (a user gesture does not survive an await).
   */
  'ui.openSidePanel': defineMessage({
    needsConsent: false,
    request: () => z.object({ view: sidePanelView, windowId: z.number().int().optional() }).strict(),
    reply: () => z.object({ opened: z.boolean() }),
    // The helper panels' buttons live in the helper frame (issue 18); the side panel opens in its tab.
    senders: ['extension-page', 'helper-frame'],
  }),
  /** The side panel asks, when it opens, whether something asked for a particular view. */
  'ui.takePendingView': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ view: sidePanelView.optional() }),
    senders: ['extension-page'],
  }),
  /**
   * Asked by the side panel's first script: where its list began last time, and whether a view
   * is waiting (then the panel opens elsewhere, and no early rows are drawn). Takes nothing.
   */
  'ui.openingLayout': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ layout: openingLayout.optional(), viewPending: z.boolean() }),
    senders: ['extension-page'],
  }),
  /** The side panel, once its list is drawn, when the list began elsewhere than it was told. */
  'ui.keepOpeningLayout': defineMessage({
    needsConsent: false,
    request: () => openingLayout,
    reply: () => z.object({}),
    senders: ['extension-page'],
  }),
} as const;
