import type { Plugin } from 'vite';

/** Common chunks smaller than this (source size before minification) are copied into their readers. */
export const INLINE_CHUNKS_BELOW = 12_000;

/**
 * Copies the small common chunks of the extension pages into the chunks that read them (Rolldown's
 * `codeSplitting.experimentalInlineCommonChunks`), so a page loads a few files instead of a dozen.
 *
 * Automatic code splitting gave the side panel 13 files before its first rows, most of them under
 * 3 kB (a hook shared with the popup, a dialog shared with the options page…). In a new browser each
 * file costs the page's main thread a few milliseconds of its own: a request, a response, a module
 * to compile and link (issue 13). With them inlined, the side panel loads 6 and its first rows came
 * 15–30 ms sooner in the bench (`npm run bench -- coupang`); the popup, options page and helper frame
 * drop from 8–15 files to 4–6.
 *
 * Rolldown keeps one copy of each module's state however many chunks carry its code (a registry in
 * its small runtime chunk), so a module still runs once per page. Entries, lazy imports and the
 * words of each language stay their own files. The option needs ES output; the background and the
 * page-helper script are built as one classic script each, so they are left as they are.
 */
export function inlineSmallChunks(maxSize = INLINE_CHUNKS_BELOW): Plugin {
  return {
    name: 'crossdock:inline-small-chunks',
    apply: 'build',
    // Inlining may drop exports no page reads; the extension has no entry whose exports anyone imports.
    options: (input) => ({ ...input, preserveEntrySignatures: false }),
    outputOptions(output) {
      if (output.format !== undefined && output.format !== 'es' && output.format !== 'esm') return null;
      const splitting = typeof output.codeSplitting === 'object' ? output.codeSplitting : {};
      return { ...output, codeSplitting: { ...splitting, experimentalInlineCommonChunks: { maxSize } } };
    },
  };
}
