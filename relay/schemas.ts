import { z } from 'zod';

/** Request bodies. Limits keep a misbehaving client from making the relay do unbounded work. */
export const pairBody = z.object({
  pairingCode: z.string().min(1).max(256),
  installationName: z.string().trim().min(1).max(64),
});

export const tokenBody = z.object({
  code: z.string().min(1).max(512),
  redirectUri: z.url().max(2048),
});

export const refreshBody = z.object({ refreshToken: z.string().min(1).max(512) });

export const postponeBody = z.object({
  refreshToken: z.string().min(1).max(512),
  accessToken: z.string().min(1).max(512),
});

/** `param2/{ver}/{namespace}/{apiName}/{appKey}` — the only URL paths the relay signs for. */
export const URL_PATH = /^param2\/(\d{1,3})\/([A-Za-z0-9._-]{1,100})\/([A-Za-z0-9._-]{1,100})\/(\w{1,64})$/;

export const signBody = z.object({
  urlPath: z.string().max(400).regex(URL_PATH),
  params: z
    .record(z.string().regex(/^[A-Za-z_][\w.]{0,63}$/), z.string().max(65_536))
    .refine((p) => Object.keys(p).length <= 64, 'too many parameters'),
});
