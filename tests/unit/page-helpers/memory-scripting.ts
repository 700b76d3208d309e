import type { ScriptingApi } from '@/utils/background/page-helpers/content-script-registration';

type Registered = chrome.scripting.RegisteredContentScript;

/**
 * Chrome's registry of dynamic content scripts, in memory, with its rules that matter here:
 * registering an id twice, or updating/unregistering an unknown id, rejects. `calls` lists what
 * was asked, so a test can prove a sync that has nothing to change changes nothing.
 */
export function memoryScripting() {
  const scripts = new Map<string, Registered>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    getRegisteredContentScripts: (async (filter?: chrome.scripting.ContentScriptFilter) =>
      [...scripts.values()].filter(
        (s) => !filter?.ids || filter.ids.includes(s.id),
      )) as ScriptingApi['getRegisteredContentScripts'],
    registerContentScripts: (async (list: Registered[]) => {
      calls.push('register');
      if (list.some((s) => scripts.has(s.id))) throw new Error('Duplicate script ID');
      for (const s of list) scripts.set(s.id, structuredClone(s));
    }) as ScriptingApi['registerContentScripts'],
    updateContentScripts: (async (list: Registered[]) => {
      calls.push('update');
      if (list.some((s) => !scripts.has(s.id))) throw new Error('Nonexistent script ID');
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...structuredClone(s) });
    }) as ScriptingApi['updateContentScripts'],
    unregisterContentScripts: (async (filter?: chrome.scripting.ContentScriptFilter) => {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...scripts.keys()]) {
        if (!scripts.delete(id)) throw new Error('Nonexistent script ID');
      }
    }) as ScriptingApi['unregisterContentScripts'],
  };
  return { api, scripts, calls };
}
