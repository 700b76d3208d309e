import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { lazyAppStylesLinked } from '../../../build/lazy-app-styles';

/**
 * A real Vite build of a small page shaped like the side panel: an entry that sends its first
 * request and imports its app lazily; the app imports a dependency and loads a view on demand.
 */
async function buildPage(files: Record<string, string>): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'lazy-app-styles-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
    await build({
      root,
      logLevel: 'silent',
      configFile: false,
      plugins: [lazyAppStylesLinked()],
      build: { write: false, minify: false, rollupOptions: { input: path.join(root, 'index.html') } },
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const page = {
  'index.html': '<!doctype html><html><head><script type="module" src="./main.js"></script></head><body></body></html>',
  'main.js': "import './page.css';\nchrome.runtime.sendMessage('early');\nimport('./app.js').then((m) => m.mount());\n",
  'page.css': 'body { margin: 0 }\n',
  'app.js': "import { dep } from './dep.js';\nexport const mount = () => { dep(); import('./view.js'); };\n",
  'dep.js': 'export const dep = () => document.body.append("dep");\n',
  'view.js': 'export const view = 1;\n',
};

describe('lazyAppStylesLinked (the side panel requests its app without waiting for styles)', () => {
  it('passes a page whose lazy app has no styles of its own', async () => {
    await expect(buildPage(page)).resolves.toBeUndefined();
  });

  it('fails the build when the lazy app has styles the page does not link, and says what to do', async () => {
    await expect(
      buildPage({ ...page, 'app.js': `import './app.css';\n${page['app.js']}`, 'app.css': '.app { color: red }\n' }),
    ).rejects.toThrow(
      /imports lazily, has styles the page does not link .*Import those styles from the page entry too/,
    );
  });

  it('passes the same styles once the entry imports them too', async () => {
    await expect(
      buildPage({
        ...page,
        'main.js': `import './app.css';\n${page['main.js']}`,
        'app.js': `import './app.css';\n${page['app.js']}`,
        'app.css': '.app { color: red }\n',
      }),
    ).resolves.toBeUndefined();
  });

  it('leaves the views the app loads on demand free to have their own styles', async () => {
    await expect(
      buildPage({
        ...page,
        'view.js': `import './view.css';\n${page['view.js']}`,
        'view.css': '.view { color: red }\n',
      }),
    ).resolves.toBeUndefined();
  });
});
