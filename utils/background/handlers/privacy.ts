import type { privacyMessages } from '../../protocol/messages/privacy';
import type { Handlers } from '../messaging/dispatcher';
import { buildInventory } from '../privacy/inventory';
import type { PrivacyService } from '../privacy/privacy-service';

export function privacyHandlers(deps: { privacy: PrivacyService }): Handlers<typeof privacyMessages> {
  return {
    'privacy.consentStatus': () => deps.privacy.status(),
    'privacy.acceptConsent': ({ version, locale }) => deps.privacy.accept(version, locale),
    'privacy.withdrawConsent': async () => {
      await deps.privacy.withdraw();
      return { wiped: true as const };
    },
    'privacy.inventory': () => buildInventory(),
    'privacy.deleteAll': async () => {
      await deps.privacy.deleteAll();
      return { wiped: true as const };
    },
  };
}
