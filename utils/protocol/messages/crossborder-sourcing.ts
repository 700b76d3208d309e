import { z } from 'zod';
import { defineMessage } from '../define';
import { linkMode } from './crossborder';
import { sourcingEntrySchema } from './page-helpers';
import { idString } from './shared-schemas';

/**
 * The sourcing list in the side panel (issue 17: "From a 1688 offer (helper or sourcing list)"):
 * the offers the seller kept from the offer helper, with the numbers they kept for each and the
 * Coupang options already linked to it. Ids and the seller's numbers only — the offer's text is
 * read from 1688 when a row is opened, never stored (C16).
 */
export const sourcingRowSchema = z.lazy(() =>
  sourcingEntrySchema.unwrap().extend({
    links: z.array(z.object({ vendorItemId: idString, mode: linkMode })),
  }),
);
export type SourcingRow = z.infer<typeof sourcingRowSchema>;

export const sourcingMessages = {
  /** Every kept offer, newest first, with the Coupang options linked to it. */
  'sourcing.list': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ rows: z.array(sourcingRowSchema) }),
    senders: ['extension-page'],
  }),
  /** Takes one offer off the list (its product links stay: they are the seller's catalogue). */
  'sourcing.remove': defineMessage({
    needsConsent: false,
    request: () => z.object({ offerId: idString }).strict(),
    reply: () => z.object({ removed: z.boolean(), count: z.number().int() }),
    senders: ['extension-page'],
  }),
};
