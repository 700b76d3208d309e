import { alibabaMessages } from './messages/alibaba';
import { connectionMessages } from './messages/connections';
import { orderMessages } from './messages/orders';
import { privacyMessages } from './messages/privacy';
import { settingsMessages } from './messages/settings';
import { uiMessages } from './messages/ui';
import { systemMessages } from './messages/system';

/**
 * Every message type the background answers. Each feature defines its messages in its own file
 * under messages/ and adds them here.
 */
export const catalog = {
  ...systemMessages,
  ...settingsMessages,
  ...uiMessages,
  ...connectionMessages,
  ...orderMessages,
  ...alibabaMessages,
  ...privacyMessages,
} as const;

export type Catalog = typeof catalog;
