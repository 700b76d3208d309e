import { z } from 'zod';
import { numeric, text } from '../api/common-schemas';

/**
 * Logistics infos and trace (docs/1688-api.md §4.6). Receiver and sender blocks are PII and not
 * needed for tracking, so they are not declared (and the client does not ask for them).
 */
const idList = z.lazy(() =>
  z
    .union([text, z.array(text)])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== '')),
);

const logisticsInfo = z.lazy(() =>
  z.object({
    logisticsId: text,
    logisticsBillNo: text.optional(),
    orderEntryIds: idList.optional(),
    status: z.string().optional(),
    logisticsCompanyId: text.optional(),
    logisticsCompanyName: z.string().optional(),
    logisticsCompanyNo: text.optional(),
    sendGoods: z
      .array(z.object({ goodName: z.string().optional(), quantity: numeric.optional(), unit: z.string().optional() }))
      .optional(),
  }),
);

export const logisticsInfosResponseSchema = z.lazy(() => z.object({ result: z.array(logisticsInfo).default([]) }));

const traceStep = z.lazy(() => z.object({ acceptTime: z.string(), remark: z.string().default('') }));

export const logisticsTraceResponseSchema = z.lazy(() =>
  z.object({
    logisticsTrace: z
      .array(
        z.object({
          logisticsId: text.optional(),
          logisticsBillNo: text.optional(),
          logisticsSteps: z.array(traceStep).default([]),
        }),
      )
      .default([]),
  }),
);
