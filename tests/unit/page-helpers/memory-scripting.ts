import type { ScriptingApi } from '@/utils/background/page-helpers/content-script-registration';

type Registered = chrome.scripting.RegisteredContentScript;

/**
 * Chrome's registry of dynamic content scripts, in memory, with its rules that matter here:
 * registering an id twice, or updating/unregistering an unknown id, rejects. `calls` lists what
 * was asked, so a test can prove a sync that has nothing to change changes nothing. Open tabs are
 * given by the patterns that cover their page.
 */
export function memoryScripting(openTabs: Array<{ id: number; covers: string[] }> = []) {
  const scripts = new Map<string, Registered>();
  const calls: string[] = [];
  /** Tabs a script was run in right away (open pages where a helper came on). */
  const ranIn: number[] = [];
  const api: ScriptingApi = {
    registered: async (id) => scripts.get(id),
    register: async (s) => {
      calls.push('register');
      if (scripts.has(s.id)) throw new Error('Duplicate script ID');
      scripts.set(s.id, structuredClone(s));
    },
    update: async (s) => {
      calls.push('update');
      const before = scripts.get(s.id);
      if (!before) throw new Error('Nonexistent script ID');
      scripts.set(s.id, { ...before, ...structuredClone(s) });
    },
    unregister: async (id) => {
      calls.push('unregister');
      if (!scripts.delete(id)) throw new Error('Nonexistent script ID');
    },
    runIn: async (tabId) => {
      ranIn.push(tabId);
    },
    tabsAt: async (patterns) => openTabs.filter((t) => t.covers.some((p) => patterns.includes(p))).map((t) => t.id),
  };
  return { api, scripts, calls, ranIn };
}
