import { alibabaMessages } from './messages/alibaba';
import { catalogMessages } from './messages/catalog';
import { claimMessages } from './messages/claims';
import { connectionMessages } from './messages/connections';
import { crossborderMessages } from './messages/crossborder';
import { restockMessages } from './messages/crossborder-restock';
import { sourcingMessages } from './messages/crossborder-sourcing';
import { inquiryMessages } from './messages/inquiries';
import { moneyMessages } from './messages/money';
import { orderSheetMessages } from './messages/order-sheets';
import { orderMessages } from './messages/orders';
import { pageHelperMessages } from './messages/page-helpers';
import { popupMessages } from './messages/popup';
import { privacyMessages } from './messages/privacy';
import { productMessages } from './messages/products';
import { settingsMessages } from './messages/settings';
import { systemMessages } from './messages/system';
import { uiMessages } from './messages/ui';

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
  ...orderSheetMessages,
  ...moneyMessages,
  ...claimMessages,
  ...inquiryMessages,
  ...crossborderMessages,
  ...restockMessages,
  ...sourcingMessages,
  ...catalogMessages,
  ...productMessages,
  ...alibabaMessages,
  ...privacyMessages,
  ...popupMessages,
  ...pageHelperMessages,
} as const;

export type Catalog = typeof catalog;
