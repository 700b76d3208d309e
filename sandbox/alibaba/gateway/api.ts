import type { SandboxContext } from '../../core/context';
import { wireJson } from '../../core/json';
import type { Member } from '../members';
import type { AlibabaState } from '../state';
import type { Params } from './params';

/** What an API handler gets once the gateway has let the call through. */
export interface AppCall {
  params: Params;
  appKey: string;
  state: AlibabaState;
  ctx: SandboxContext;
}

/** A call made with a user's access token: the member who authorized it. */
export interface ApiCall extends AppCall {
  member: Member;
}

interface ApiIdentity {
  namespace: string;
  name: string;
  version: number;
  /** Every business API is signed; the server-clock API is not. */
  signed: boolean;
}

export type ApiDefinition =
  | (ApiIdentity & { needsToken: true; handle(call: ApiCall): Response | Promise<Response> })
  | (ApiIdentity & { needsToken: false; handle(call: AppCall): Response | Promise<Response> });

export const apiKey = (d: Pick<ApiDefinition, 'namespace' | 'name' | 'version'>) =>
  `${d.namespace}:${d.name}-${d.version}`;

/** A business answer: always HTTP 200, errors inside the per-API envelope (§3.1). */
export const ok = (body: unknown) => wireJson(body, 200);
