import { z } from 'zod';
import { parseAopDate } from './aop-time';
import { numeric, text } from './common-schemas';

/**
 * getToken / postponeToken responses (docs/1688-api.md §1.5). `expires_in` is a string of seconds;
 * `refresh_token_timeout` is `yyyyMMddHHmmssSSS+0800`. Fields that a refresh or postpone may omit
 * are optional here; callers decide which they require.
 */
export const tokenResponseSchema = z.lazy(() =>
  z.object({
    access_token: z.string().min(1).optional(),
    expires_in: numeric.optional(),
    refresh_token: z.string().min(1).optional(),
    refresh_token_timeout: z
      .string()
      .transform((s, ctx) => {
        const t = parseAopDate(s);
        if (t === undefined) {
          ctx.addIssue({ code: 'custom', message: 'refresh_token_timeout is not a 1688 date' });
          return z.NEVER;
        }
        return t;
      })
      .optional(),
    memberId: z.string().optional(),
    aliId: text.optional(),
    resource_owner: z.string().optional(),
    uid: text.optional(),
  }),
);

export type TokenResponse = z.infer<typeof tokenResponseSchema>;
