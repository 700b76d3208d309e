import { z } from 'zod';
import { createDispatcher, type Rejection } from '@/utils/background/messaging/dispatcher';
import { defineMessage } from '@/utils/protocol/define';
import { HandledError } from '@/utils/protocol/envelope';
import type { ClassifiedSender } from '@/utils/protocol/sender';

const catalog = {
  'test.pageOnly': defineMessage({
    needsConsent: false,
    request: () => z.object({ n: z.number() }).strict(),
    reply: () => z.object({ doubled: z.number() }),
    senders: ['extension-page'],
  }),
  'test.both': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ kind: z.string() }),
    senders: ['extension-page', 'content-script'],
  }),
  'test.badReply': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ n: z.number() }),
    senders: ['extension-page'],
  }),
  'test.throws': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({}),
    senders: ['extension-page'],
  }),
  'test.marketplace': defineMessage({
    needsConsent: true,
    request: () => z.object({}).strict(),
    reply: () => z.object({ called: z.boolean() }),
    senders: ['extension-page'],
  }),
};

const page: ClassifiedSender = { kind: 'extension-page', url: 'chrome-extension://x/options.html' };
const cs: ClassifiedSender = {
  kind: 'content-script',
  tabId: 1,
  pageUrl: 'https://detail.1688.com/offer/1.html',
  siteHost: 'detail.1688.com',
};
const stranger: ClassifiedSender = {
  kind: 'untrusted',
  reason: 'foreign-extension',
  origin: 'chrome-extension://other',
};

function setup(consent = true) {
  const rejected: Rejection[] = [];
  const handled = vi.fn();
  const dispatch = createDispatcher(
    catalog,
    {
      'test.pageOnly': (p) => {
        handled();
        return { doubled: p.n * 2 };
      },
      'test.both': (_p, s) => ({ kind: s.kind }),
      'test.badReply': () => ({ n: 'not a number' }) as unknown as { n: number },
      'test.throws': () => {
        throw new HandledError('not_connected', 'Connect Coupang first.', 'notConnected');
      },
      'test.marketplace': () => {
        handled();
        return { called: true };
      },
    },
    { onRejected: (r) => rejected.push(r), hasConsent: async () => consent },
  );
  return { dispatch, rejected, handled };
}

describe('dispatcher', () => {
  it('refuses a message declared needsConsent before consent, without running its handler', async () => {
    const { dispatch, handled } = setup(false);
    expect(await dispatch({ type: 'test.marketplace', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'consent_required', message: expect.any(String), kind: 'consentRequired' },
    });
    expect(handled).not.toHaveBeenCalled();
    // Messages that need no consent still run.
    expect((await dispatch({ type: 'test.pageOnly', payload: { n: 1 } }, page)).ok).toBe(true);
  });

  it('runs a needsConsent message once consent is given', async () => {
    const { dispatch } = setup(true);
    expect(await dispatch({ type: 'test.marketplace', payload: {} }, page)).toEqual({
      ok: true,
      data: { called: true },
    });
  });

  it('runs an allowed, valid message and returns its checked reply', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ type: 'test.pageOnly', payload: { n: 21 } }, page)).toEqual({
      ok: true,
      data: { doubled: 42 },
    });
    expect(await dispatch({ type: 'test.both', payload: {} }, cs)).toEqual({
      ok: true,
      data: { kind: 'content-script' },
    });
  });

  it('C17: refuses a sender kind not on the allow-list, without running the handler, and reports it', async () => {
    const { dispatch, rejected, handled } = setup();
    const reply = await dispatch({ type: 'test.pageOnly', payload: { n: 1 } }, cs);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handled).not.toHaveBeenCalled();
    expect(rejected).toEqual([expect.objectContaining({ type: 'test.pageOnly', reason: 'sender-not-allowed' })]);
  });

  it('C17: refuses every message from an untrusted sender', async () => {
    const { dispatch, rejected } = setup();
    expect(await dispatch({ type: 'test.both', payload: {} }, stranger)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(rejected[0].sender.kind).toBe('untrusted');
  });

  it('refuses malformed envelopes, unknown types and invalid payloads', async () => {
    const { dispatch, rejected } = setup();
    expect(await dispatch('hello', page)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch({ type: 'toString', payload: {} }, page)).toMatchObject({
      ok: false,
      error: { code: 'unknown_type' },
    });
    expect(await dispatch({ type: 'test.pageOnly', payload: { n: '2' } }, page)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await dispatch({ type: 'test.pageOnly', payload: { n: 2, extra: 1 } }, page)).toMatchObject({ ok: false });
    expect(rejected.map((r) => r.reason)).toEqual([
      'malformed-envelope',
      'unknown-type',
      'invalid-payload',
      'invalid-payload',
    ]);
  });

  it('never returns a reply that fails its schema', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ type: 'test.badReply', payload: {} }, page)).toMatchObject({
      ok: false,
      error: { code: 'invalid_reply' },
    });
  });

  it('passes a handled error through with its code and kind', async () => {
    const { dispatch } = setup();
    expect(await dispatch({ type: 'test.throws', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'not_connected', message: 'Connect Coupang first.', kind: 'notConnected', params: undefined },
    });
  });

  it('names only field paths in validation errors, never values', async () => {
    const { dispatch } = setup();
    const reply = await dispatch({ type: 'test.pageOnly', payload: { n: '010-1234-5678' } }, page);
    expect(JSON.stringify(reply)).not.toContain('010-1234-5678');
  });
});
