export { type BackoffOptions, backoffDelay } from './backoff';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker';
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
export { SlidingWindow, type WindowLimit } from './sliding-window';
export { globalTimers, type Timers } from './timers';
export { TokenBucket } from './token-bucket';
