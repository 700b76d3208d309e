export type { BackoffOptions } from './backoff';
export type { CircuitBreakerOptions, CircuitState } from './circuit-breaker';
export {
  defaultClassify,
  type ErrorDisposition,
  type QueueAwareError,
  QueueUnavailableError,
  RequestTimeoutError,
  type UnavailableReason,
} from './errors';
export {
  type LaneOptions,
  type Priority,
  type QueueLastError,
  type QueueState,
  type RequestKind,
  type RequestOptions,
  RequestQueue,
  type RequestQueueOptions,
  type RetryOptions,
  type Task,
} from './request-queue';
export type { WindowLimit } from './sliding-window';
export type { Timers } from './timers';
