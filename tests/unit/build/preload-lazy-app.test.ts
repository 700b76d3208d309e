import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { preloadLazyApp } from '../../../build/preload-lazy-app';

/**
 * A real Vite build of a small page shaped like the side panel: an entry that imports its app
 * lazily, an app with a static dependency (a chunk of its own) and a view it loads on demand.
 * The entry's other lazy import (help.js) shares that dependency, which makes it a chunk.
 */
async function buildPage(files: Record<string, string>): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'preload-lazy-app-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
    const out = (await build({
      root,
      logLevel: 'silent',
      configFile: false,
      plugins: [preloadLazyApp()],
      build: { write: false, minify: false, rollupOptions: { input: path.join(root, 'index.html') } },
    })) as Rollup.RollupOutput;
    const html = out.output.find((o) => o.fileName === 'index.html');
    if (html?.type !== 'asset') throw new Error('no index.html in the build');
    return String(html.source);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const page = {
  'index.html': '<!doctype html><html><head><script type="module" src="./main.js"></script></head><body></body></html>',
  'main.js':
    "import './page.css';\nchrome.runtime.sendMessage('early');\nimport('./app.js').then((m) => m.mount());\n" +
    "document.body.onclick = () => import('./help.js');\n",
  'page.css': 'body { margin: 0 }\n',
  'app.js': "import { dep } from './dep.js';\nexport const mount = () => { dep(); import('./view.js'); };\n",
  'dep.js': 'export const dep = () => document.body.append("dep");\n',
  'view.js': 'export const view = 1;\n',
  // Shares dep.js with the app, so dep.js is a chunk of its own that the app imports statically.
  'help.js': "import { dep } from './dep.js';\nexport const help = () => dep();\n",
};

const preloads = (html: string) =>
  [...html.matchAll(/rel="modulepreload"[^>]*href="\/assets\/([a-z]+)-/g)].map((m) => m[1]);

describe('preloadLazyApp (the side panel fetches its app with the page)', () => {
  it('lists the lazily imported app and its dependencies as module preloads in the page', async () => {
    const html = await buildPage(page);
    expect(preloads(html)).toEqual(expect.arrayContaining(['app', 'dep']));
  });

  it('does not preload the views the app loads on demand', async () => {
    const html = await buildPage(page);
    expect(preloads(html)).not.toContain('view');
  });

  it('fails the build when the lazy app has styles the page does not link, and says what to do', async () => {
    await expect(
      buildPage({
        ...page,
        'app.js': `import './app.css';\n${page['app.js']}`,
        'app.css': '.app { color: red }\n',
      }),
    ).rejects.toThrow(/has styles the page does not link .*Import those styles from the page entry too/);
  });

  it('accepts the same styles once the entry imports them too', async () => {
    const html = await buildPage({
      ...page,
      'main.js': `import './app.css';\n${page['main.js']}`,
      'app.js': `import './app.css';\n${page['app.js']}`,
      'app.css': '.app { color: red }\n',
    });
    expect(preloads(html)).toContain('app');
  });
});
