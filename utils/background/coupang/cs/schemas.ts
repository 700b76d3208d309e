import { z } from 'zod';
import { id, optionalId, optionalKstDateTime, optionalText, pagination } from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/** Customer inquiries, §4.8. Texts are the inquiry itself (needed to answer it). */

export const onlineInquirySchema = z.lazy(() =>
  z.object({
    inquiryId: id,
    productId: optionalId,
    sellerProductId: optionalId,
    sellerItemId: optionalId,
    vendorItemId: optionalId,
    content: optionalText,
    inquiryAt: optionalKstDateTime,
    orderIds: z
      .array(id)
      .nullish()
      .transform((v) => v ?? []),
    commentDtoList: z
      .array(z.object({ inquiryCommentId: optionalId, content: optionalText, inquiryCommentAt: optionalKstDateTime }))
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type OnlineInquiry = z.output<typeof onlineInquirySchema>;

export const onlineInquiryListResponse = z.lazy(() =>
  openapiEnvelope(z.object({ content: z.array(onlineInquirySchema), pagination: pagination.nullish() })),
);

export const callCenterInquirySchema = z.lazy(() =>
  z.object({
    inquiryId: id,
    inquiryStatus: optionalText,
    csPartnerCounselingStatus: optionalText,
    // The article's table says one id; its sample sends an array. Accept both, keep a list.
    vendorItemId: z
      .union([z.array(id), optionalId])
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    itemName: optionalText,
    content: optionalText,
    orderId: optionalId,
    inquiryAt: optionalKstDateTime,
    answeredAt: optionalKstDateTime,
    receiptCategory: optionalText,
    replies: z
      .array(
        z.object({
          answerId: optionalId,
          parentAnswerId: optionalId,
          partnerTransferStatus: optionalText,
          answerType: optionalText,
          needAnswer: z.boolean().nullish(),
          replyAt: optionalKstDateTime,
          content: optionalText,
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type CallCenterInquiry = z.output<typeof callCenterInquirySchema>;

export const callCenterListResponse = z.lazy(() =>
  openapiEnvelope(z.object({ content: z.array(callCenterInquirySchema), pagination: pagination.nullish() })),
);
export const callCenterSingleResponse = openapiEnvelope(callCenterInquirySchema);
