import { z } from 'zod';
import { looseCode, optionalBool, optionalId, optionalText } from './common-schemas';
import { openapiEnvelope } from './envelope';

/**
 * Batch writes (acknowledge, invoices) answer HTTP 200 with `data.responseCode`
 * (0 all ok / 1 partial / 99 all failed / -1 none) and one result per shipmentBoxId (§3.2).
 */
const batchItemSchema = z.lazy(() =>
  z.object({
    shipmentBoxId: optionalId,
    succeed: optionalBool,
    resultCode: optionalText,
    resultMessage: optionalText,
    retryRequired: optionalBool,
  }),
);

export const batchResponse = z.lazy(() =>
  openapiEnvelope(
    z.object({
      responseCode: looseCode.nullish(),
      responseMessage: optionalText,
      responseList: z.array(batchItemSchema).nullish(),
    }),
  ),
);
export type BatchData = z.output<typeof batchResponse>['data'];
