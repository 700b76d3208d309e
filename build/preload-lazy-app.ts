import type { Plugin } from 'vite';

/**
 * Fetches a page's lazily imported app with the page itself (issue 13).
 *
 * The side panel's entry is tiny on purpose: it sends the first requests to the background, then
 * imports the app (`import('./root')`). Vite lists only the entry's own static imports as
 * `<link rel="modulepreload">` in the HTML. So the app's chunks were requested only once the entry
 * had run, in a second batch. On the reference machine each batch of extension files took
 * 40–90 ms, because the browser process serves them.
 *
 * This adds the chunks the entry imports lazily, and everything they import, to the page's HTML.
 * The browser then fetches them in the first batch, while the entry runs. The entry still runs as
 * soon as its own small graph has loaded; when it asks for the app, the module is already there or
 * on its way. Only the entry's own lazy imports are preloaded, never the views the app loads on
 * demand.
 *
 * It also fails the build if those chunks have styles the page does not link: Vite's preload
 * helper waits for such styles to load before it even requests the app's code, one more batch.
 * The entry imports the app's first-render styles instead (entrypoints/sidepanel/main.tsx).
 */
export function preloadLazyApp(): Plugin {
  return {
    name: 'crossdock:preload-lazy-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle || entry.dynamicImports.length === 0) return html;
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const dep of chunk.imports) visit(dep);
        };
        for (const lazy of entry.dynamicImports) visit(lazy);
        wanted.delete(entry.fileName);
        for (const file of wanted) {
          const chunk = bundle[file];
          const styles = chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
          const unlinked = styles.filter((css) => !html.includes(`/${css}"`));
          if (unlinked.length > 0) {
            throw new Error(
              `${ctx.path}: the lazily imported ${file} has styles the page does not link (${unlinked.join(', ')}), ` +
                'so its code would be requested only once they loaded. Import those styles from the page entry too.',
            );
          }
        }
        return [...wanted]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
