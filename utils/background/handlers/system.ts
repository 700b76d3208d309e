import { browser } from 'wxt/browser';
import type { settingsMessages } from '../../protocol/messages/settings';
import type { systemMessages } from '../../protocol/messages/system';
import type { Settings } from '../../settings/schema';
import type { SecurityLog } from '../core/security-log';
import type { SettingsService } from '../core/settings-service';
import type { Handlers } from '../messaging/dispatcher';

export function systemHandlers(deps: { securityLog: SecurityLog }): Handlers<typeof systemMessages> {
  return {
    'system.ping': (p, sender) => ({
      pong: true,
      version: browser.runtime.getManifest().version,
      senderKind: sender.kind,
      echo: p.echo,
    }),
    'security.getLog': () => deps.securityLog.read(),
  };
}

export function settingsHandlers(deps: {
  settings: SettingsService;
  /** Registers the page-helper content script for the helpers now on (never rejects). */
  syncHelperScripts(s: Settings): Promise<void>;
}): Handlers<typeof settingsMessages> {
  // A switch change is answered once the content script's registration follows it: a page the
  // seller opens after the reply gets (or no longer gets) its helper.
  const registered = async (s: Settings) => {
    await deps.syncHelperScripts(s);
    return s;
  };
  return {
    'settings.get': () => deps.settings.get(),
    'settings.update': async (patch) => registered(await deps.settings.update(patch)),
    'settings.setHelperEnabled': async ({ helperId, enabled }) =>
      registered(
        await deps.settings.modify(({ disabledHelpers }) => ({
          disabledHelpers: enabled
            ? disabledHelpers.filter((id) => id !== helperId)
            : [...new Set([...disabledHelpers, helperId])],
        })),
      ),
    'settings.forPage': async ({ helperId }, sender) => {
      const s = await deps.settings.get();
      const site = sender.kind === 'content-script' ? sender.siteHost : '';
      return {
        language: s.language,
        enabled: !s.disabledHelpers.includes(helperId),
        collapsed: s.collapsedSites.includes(site),
      };
    },
    'settings.setCollapsed': async ({ collapsed }, sender) => {
      if (sender.kind !== 'content-script') return { collapsed };
      // Computed from the freshly stored list, in line with every other settings change.
      await deps.settings.modify(({ collapsedSites }) => {
        const others = collapsedSites.filter((x) => x !== sender.siteHost);
        return { collapsedSites: collapsed ? [...others, sender.siteHost] : others };
      });
      return { collapsed };
    },
  };
}
