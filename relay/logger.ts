/**
 * What the relay logs about a request: method, route pattern, status, installation id (hash
 * prefix) and duration. Nothing else — no headers, no query, no bodies, no parameter values —
 * so tokens, codes, secrets and the business parameters sent to /v1/sign cannot reach a log.
 */
export interface RelayLogEntry {
  method: string;
  /** The registered route pattern (`/v1/admin/installations/:id`), not the concrete path. */
  route: string;
  status: number;
  installation?: string;
  ms: number;
}

export type RelayLogger = (entry: RelayLogEntry) => void;

export const consoleLogger: RelayLogger = (entry) => {
  console.log(JSON.stringify({ at: new Date().toISOString(), ...entry }));
};
