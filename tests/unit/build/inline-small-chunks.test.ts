import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { inlineSmallChunks } from '../../../build/inline-small-chunks';

/**
 * Real Vite builds of two small entries shaped like the extension's pages: both read a small
 * shared module that keeps state (a counter), and one also loads a view lazily that reads it too.
 */
const sources = {
  'panel.js':
    "import { next } from './counter.js';\nimport { label } from './label.js';\n" +
    "globalThis.runPanel = async () => { next(); const view = await import('./view.js'); return [label(), view.show()]; };\n",
  'popup.js':
    "import { next } from './counter.js';\nimport { label } from './label.js';\nglobalThis.runPopup = () => [next(), label()];\n",
  'view.js': "import { next } from './counter.js';\nexport const show = () => next();\n",
  'counter.js': 'let count = 0;\nexport const next = () => ++count;\n',
  'label.js': "export const label = () => 'label';\n",
};

async function buildEntries(format: 'es' | 'iife', plugin: boolean, input: string[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'inline-small-chunks-'));
  for (const [name, text] of Object.entries(sources)) writeFileSync(path.join(root, name), text);
  const result = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: plugin ? [inlineSmallChunks()] : [],
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: Object.fromEntries(input.map((name) => [name, path.join(root, `${name}.js`)])),
        output: { format, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  return { root, chunks };
}

/** Writes the built chunks and imports the panel entry in Node, as a page would load it. */
async function runPanel(root: string, chunks: Rollup.OutputChunk[]): Promise<unknown> {
  const out = path.join(root, 'dist');
  for (const chunk of chunks) {
    mkdirSync(path.dirname(path.join(out, chunk.fileName)), { recursive: true });
    writeFileSync(path.join(out, chunk.fileName), chunk.code);
  }
  await import(pathToFileURL(path.join(out, 'panel.js')).href);
  return (globalThis as unknown as { runPanel: () => Promise<unknown> }).runPanel();
}

describe('inlineSmallChunks (a page loads a few files, not a dozen small shared ones)', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('copies a small shared module into its readers instead of a chunk of its own', async () => {
    const without = await buildEntries('es', false, ['panel', 'popup']);
    const withIt = await buildEntries('es', true, ['panel', 'popup']);
    roots.push(without.root, withIt.root);
    const shared = (chunks: Rollup.OutputChunk[]) =>
      chunks.filter((c) => !c.isEntry && !c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('label.js')));
    // Automatic splitting puts the two small shared modules in a chunk both entries import.
    expect(shared(without.chunks)).toHaveLength(1);
    expect(shared(withIt.chunks)).toHaveLength(0);
    const panel = withIt.chunks.find((c) => c.fileName === 'panel.js')!;
    expect(panel.moduleIds.some((id) => id.endsWith('label.js'))).toBe(true);
  });

  it('keeps one state for a module whose code is copied into several chunks', async () => {
    const { root, chunks } = await buildEntries('es', true, ['panel', 'popup']);
    roots.push(root);
    // The counter's code is printed in more than one chunk…
    expect(chunks.filter((c) => c.moduleIds.some((id) => id.endsWith('counter.js'))).length).toBeGreaterThan(1);
    // …yet the panel counts once itself and once from its lazy view: one counter, so the view sees 2.
    await expect(runPanel(root, chunks)).resolves.toEqual(['label', 2]);
  });

  it('leaves a classic-script build (the background, the page helper) as it is', async () => {
    const { root, chunks } = await buildEntries('iife', true, ['popup']);
    roots.push(root);
    expect(chunks.map((c) => c.fileName)).toEqual(['popup.js']);
  });
});
