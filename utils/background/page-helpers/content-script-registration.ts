import { browser } from 'wxt/browser';
import { buildConfig } from '../../config/build-config';
import { siteMatchFor } from '../../config/site-match';
import { enabledHelperMatches } from '../../page-helpers/registry';

/** The one content script Crossdock registers, and the file WXT builds for it (entrypoints/page-helper.content). */
export const PAGE_HELPER_SCRIPT_ID = 'page-helper';
const PAGE_HELPER_SCRIPT_FILE = 'content-scripts/page-helper.js';

type Script = chrome.scripting.RegisteredContentScript;

/** What this needs of Chrome: its registry of dynamic content scripts, and the open tabs. */
export interface ScriptingApi {
  registered(id: string): Promise<Script | undefined>;
  register(script: Script): Promise<void>;
  update(script: Script): Promise<void>;
  unregister(id: string): Promise<void>;
  /** Runs the files in a tab's page now (chrome.scripting.executeScript, top frame). */
  runIn(tabId: number, files: string[]): Promise<unknown>;
  /** The tabs showing a page of these patterns (chrome.tabs.query; host permissions let it see them). */
  tabsAt(patterns: string[]): Promise<number[]>;
}

const chromeScripting = (): ScriptingApi => {
  const { scripting } = browser as unknown as typeof chrome;
  return {
    registered: async (id) => (await scripting.getRegisteredContentScripts({ ids: [id] }))[0],
    register: (script) => scripting.registerContentScripts([script]),
    update: (script) => scripting.updateContentScripts([script]),
    unregister: (id) => scripting.unregisterContentScripts({ ids: [id] }),
    runIn: (tabId, files) => scripting.executeScript({ target: { tabId }, files }),
    tabsAt: async (patterns) =>
      (await browser.tabs.query({ url: patterns })).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  };
};

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

  constructor(private scripting: ScriptingApi = chromeScripting()) {}

  sync(disabledHelpers: readonly string[]): Promise<void> {
    const run = () => this.apply(wantedMatches(disabledHelpers));
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async apply(matches: string[]): Promise<void> {
    const current = await this.scripting.registered(PAGE_HELPER_SCRIPT_ID);
    if (matches.length === 0) {
      if (current) await this.scripting.unregister(PAGE_HELPER_SCRIPT_ID);
      return;
    }
    const wanted = {
      id: PAGE_HELPER_SCRIPT_ID,
      js: [PAGE_HELPER_SCRIPT_FILE],
      matches,
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (!current) await this.scripting.register(wanted);
    else if (
      !sameSet(current.matches, matches) ||
      !sameSet(current.js, wanted.js) ||
      current.runAt !== wanted.runAt ||
      current.persistAcrossSessions === false
    )
      await this.scripting.update(wanted);
    else return;
    // Pages already open where a helper just came on (installed, switched on, data deleted) get it
    // now rather than on their next load — as a page loading this very moment does. The script
    // runs once per page even if both reach it (entrypoints/page-helper.content).
    const added = matches.filter((m) => !current?.matches?.includes(m));
    if (added.length === 0) return;
    for (const tabId of await this.scripting.tabsAt(added)) {
      // A tab that navigated away or closed meanwhile refuses: nothing to do there.
      await this.scripting.runIn(tabId, wanted.js).catch(() => undefined);
    }
  }
}
