import type { Plugin } from 'vite';

/**
 * Fails the build when the code a page's entry imports lazily (the side panel's app, and what it
 * imports) has styles the page does not link.
 *
 * Vite's preload helper waits for such styles to load before it even requests the lazy chunk's
 * code. For the side panel that put one more file load, in series, in front of its first rows: a
 * startup trace showed the app's code requested only once its 1 kB of styles had arrived. The
 * entry imports those styles instead (entrypoints/sidepanel/main.tsx), so they come with the page;
 * this check keeps it that way when a component of the first render gains styles.
 */
export function lazyAppStylesLinked(): Plugin {
  return {
    name: 'crossdock:lazy-app-styles-linked',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle) return;
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || seen.has(fileName)) return;
          seen.add(fileName);
          const unlinked = [...(chunk.viteMetadata?.importedCss ?? [])].filter((css) => !html.includes(`/${css}"`));
          if (unlinked.length > 0) {
            throw new Error(
              `${ctx.path}: ${fileName}, which the page's entry imports lazily, has styles the page does not link ` +
                `(${unlinked.join(', ')}), so its code would be requested only once they loaded. ` +
                'Import those styles from the page entry too.',
            );
          }
          for (const dep of chunk.imports) visit(dep);
        };
        for (const lazy of entry.dynamicImports) visit(lazy);
      },
    },
  };
}
