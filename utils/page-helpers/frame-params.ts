import type { LanguageSetting } from '../i18n';
import { HELPER_IDS } from './registry';
import type { HelperId, PageContext } from './types';

/**
 * The helper frame's URL parameters: which helper to render, the ids the page's URL names, and the
 * seller's language. Written by the content script, read by the frame. They choose what the frame
 * shows and asks for, never what it may have: anyone on a helper host can embed the frame with any
 * parameters, and the background answers only about the ids in the tab's own URL.
 */
export interface FrameParams {
  context: PageContext;
  language: LanguageSetting;
}

/** The one message the frame posts to its parent: `{ [HEIGHT_MESSAGE_KEY]: number }`. */
export const HEIGHT_MESSAGE_KEY = 'crossdockFrameHeight';

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'ko', 'en', 'zh_CN'];
const ID_PREFIX = 'id.';

export function frameSearch(context: PageContext, language: LanguageSetting): string {
  const q = new URLSearchParams({ helper: context.helperId, lang: language });
  for (const [name, value] of Object.entries(context.ids)) q.set(ID_PREFIX + name, value);
  return `?${q}`;
}

/** The frame's parameters, or null when they do not name a helper (then the frame shows nothing). */
export function frameParamsFrom(search: string): FrameParams | null {
  const q = new URLSearchParams(search);
  const helperId = q.get('helper') as HelperId | null;
  if (!helperId || !HELPER_IDS.includes(helperId)) return null;
  const lang = q.get('lang') as LanguageSetting | null;
  const language = lang && LANGUAGES.includes(lang) ? lang : 'auto';
  const ids: Record<string, string> = {};
  for (const [key, value] of q) {
    const name = key.slice(ID_PREFIX.length);
    // Ids are decimal strings (1688 order ids exceed 2^53); nothing else is passed on.
    if (key.startsWith(ID_PREFIX) && /^\w{1,40}$/.test(name) && /^\d{1,30}$/.test(value)) ids[name] = value;
  }
  return { context: { helperId, ids }, language };
}
