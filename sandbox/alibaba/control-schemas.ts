import { z } from 'zod';
import { ORDER_STATUSES } from './data/model';

/** Bodies the 1688 control routes accept (tests set XSS markup in text fields on purpose). */
export const offerPatch = z
  .object({
    subject: z.string(),
    description: z.string(),
    status: z.enum(['published', 'expired', 'deleted', 'auditing']),
    amountOnSale: z.number().int().min(0),
    minOrderQuantity: z.number().int().min(1),
  })
  .partial()
  .strict();

const receiverPatch = z
  .object({
    fullName: z.string(),
    mobile: z.string(),
    phone: z.string(),
    province: z.string(),
    city: z.string(),
    area: z.string(),
    town: z.string(),
    address: z.string(),
    zip: z.string(),
    divisionCode: z.string(),
  })
  .partial()
  .strict();

export const orderPatch = z
  .object({
    status: z.enum(ORDER_STATUSES),
    buyerMemo: z.string(),
    sellerMemo: z.string(),
    buyerFeedback: z.string(),
    refundStatus: z.string().nullable(),
    closeReason: z.string(),
    shippingFeeFen: z.number().int().min(0),
    receiver: receiverPatch,
    /** Patches lines by position. */
    items: z.array(
      z
        .object({ name: z.string(), quantity: z.number().int().min(1), priceFen: z.number().int().min(0) })
        .partial()
        .strict(),
    ),
  })
  .partial()
  .strict();

export const orderCreate = z
  .object({
    sellerMemberId: z.string(),
    buyerMemberId: z.string(),
    status: z.enum(ORDER_STATUSES),
    offerId: z.string(),
    quantity: z.number().int().min(1),
    receiver: receiverPatch,
    buyerMemo: z.string(),
    /** Business time of creation (epoch ms); default now. */
    createMs: z.number().int(),
  })
  .partial()
  .strict();

export const tokenIssue = z.object({
  memberId: z.string(),
  appKey: z.string().optional(),
  withRefresh: z.boolean().optional(),
});
