// TEMPORARY scaffold so the background builds while the 1688 integration is written; replaced by
// the real module (OAuth, sync, purchase orders). Must not ship.
import { HandledError } from '../../protocol/envelope';
import type { Handlers } from '../../protocol/dispatcher';
import type { alibabaMessages } from '../../protocol/messages/alibaba';
import type { CoreServices, MarketplaceModule } from '../core';

export function createAlibabaModule(_core: CoreServices): MarketplaceModule<Handlers<typeof alibabaMessages>> {
  const unavailable = () => {
    throw new HandledError('handler_error', '1688 is not available in this build yet.');
  };
  return { handlers: { 'connections.connectAlibaba': unavailable, 'connections.reauthorize': unavailable } };
}
