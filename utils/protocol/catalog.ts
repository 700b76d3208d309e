import { connectionMessages } from './messages/connections';
import { orderMessages } from './messages/orders';
import { settingsMessages } from './messages/settings';
import { systemMessages } from './messages/system';

/**
 * Every message type the background answers. Each feature defines its messages in its own file
 * under messages/ and adds them here.
 */
export const catalog = {
  ...systemMessages,
  ...settingsMessages,
  ...connectionMessages,
  ...orderMessages,
} as const;

export type Catalog = typeof catalog;
