import { z } from 'zod';

/** The gateway-layer error body (§3.1); only used to decide whether a body is such an error. */
export const gatewayErrorSchema = z.object({
  error_code: z.union([z.string(), z.number()]),
  error_message: z.string().optional(),
  request_id: z.string().optional(),
});
