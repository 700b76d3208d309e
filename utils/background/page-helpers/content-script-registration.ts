import { browser } from 'wxt/browser';
import { buildConfig } from '../../config/build-config';
import { siteMatchFor } from '../../config/site-match';
import { enabledHelperMatches } from '../../page-helpers/registry';

/** The one content script Crossdock registers, and the file WXT builds for it (entrypoints/page-helper.content). */
export const PAGE_HELPER_SCRIPT_ID = 'page-helper';
const PAGE_HELPER_SCRIPT_FILE = 'content-scripts/page-helper.js';

/** The part of `chrome.scripting` this needs (the real API in the worker). */
export type ScriptingApi = Pick<
  typeof chrome.scripting,
  'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'
>;

/** Where the content script should run for these switches, in this build's page hosts. */
export function wantedMatches(disabledHelpers: readonly string[]): string[] {
  return enabledHelperMatches(disabledHelpers).map((m) => siteMatchFor(buildConfig, m));
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Keeps the page-helper content script registered exactly where the seller has a helper on (issue
 * 13: no work on pages that do not need it — a page whose helpers are all off gets no script at
 * all, and a page that gets the script knows its helper is on and can show the shell at once).
 * Idempotent: it reads what Chrome has registered and changes only what differs, so it may run on
 * every install, update, browser start and switch change. Registrations persist across browser
 * sessions (Chrome keeps them; a restarted worker finds them in place). One change at a time.
 */
export class ContentScriptRegistration {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private scripting: ScriptingApi = (browser as unknown as typeof chrome).scripting) {}

  sync(disabledHelpers: readonly string[]): Promise<void> {
    const run = () => this.apply(wantedMatches(disabledHelpers));
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async apply(matches: string[]): Promise<void> {
    const [current] = await this.scripting.getRegisteredContentScripts({ ids: [PAGE_HELPER_SCRIPT_ID] });
    if (matches.length === 0) {
      if (current) await this.scripting.unregisterContentScripts({ ids: [PAGE_HELPER_SCRIPT_ID] });
      return;
    }
    const wanted = {
      id: PAGE_HELPER_SCRIPT_ID,
      js: [PAGE_HELPER_SCRIPT_FILE],
      matches,
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (!current) await this.scripting.registerContentScripts([wanted]);
    else if (
      !sameSet(current.matches, matches) ||
      !sameSet(current.js, wanted.js) ||
      current.runAt !== wanted.runAt ||
      current.persistAcrossSessions === false
    )
      await this.scripting.updateContentScripts([wanted]);
  }
}
