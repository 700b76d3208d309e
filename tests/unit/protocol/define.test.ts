import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMessage } from '@/utils/protocol/define';

describe('defineMessage', () => {
  it('builds each schema on first use, once, and keeps the sender rules as written', () => {
    const built = { request: 0, reply: 0 };
    const def = defineMessage({
      needsConsent: true,
      request: () => {
        built.request++;
        return z.object({ id: z.string() }).strict();
      },
      reply: () => {
        built.reply++;
        return z.object({ ok: z.literal(true) });
      },
      senders: ['extension-page'],
    });
    // Loading a catalog builds nothing: a woken worker evaluates every definition first.
    expect(built).toEqual({ request: 0, reply: 0 });
    expect(def.needsConsent).toBe(true);
    expect(def.senders).toEqual(['extension-page']);

    expect(def.request.safeParse({ id: '1' }).success).toBe(true);
    expect(def.request.safeParse({ id: 1 }).success).toBe(false);
    expect(def.request.safeParse({ id: '1', extra: true }).success).toBe(false);
    expect(built).toEqual({ request: 1, reply: 0 });
    expect(def.request).toBe(def.request);
    expect(def.reply.safeParse({ ok: false }).success).toBe(false);
    expect(built).toEqual({ request: 1, reply: 1 });
  });
});
