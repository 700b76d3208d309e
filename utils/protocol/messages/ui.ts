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
} as const;
