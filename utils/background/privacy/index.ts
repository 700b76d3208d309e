import type { SettingsService } from '../core/settings-service';
import type { EventHub } from '../messaging/event-hub';
import { CacheSweeper } from './cache-sweeper';
import { ConsentService } from './consent-service';
import { Logger } from './logger';
import { PrivacyService } from './privacy-service';

/**
 * Builds the privacy services for the composition root and registers their listeners
 * (synchronously: the alarm and onStartup listeners must exist in the worker's first turn).
 * Marketplace clients take `consent.hasConsent` for their guarded fetch.
 */
export function createPrivacyServices(deps: {
  settings: SettingsService;
  events: EventHub;
  consent?: ConsentService;
  logger?: Logger;
}) {
  const logger = deps.logger ?? new Logger();
  const consent = deps.consent ?? new ConsentService();
  const sweeper = new CacheSweeper({ settings: deps.settings, logger });
  sweeper.register();
  const privacy = new PrivacyService({ consent, settings: deps.settings, events: deps.events, sweeper, logger });
  return { logger, consent, sweeper, privacy };
}
