/**
 * `npm run bench`: runs every benchmark module in bench/ (a file exporting `run()`), one after
 * another, and prints their figures. Figures only — nothing here passes or fails on timing.
 * `npm run bench -- coupang` runs only the modules whose file name contains "coupang".
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const filter = process.argv[2];
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'support.ts'].includes(f))
  .filter((f) => !filter || f.includes(filter))
  .sort();

for (const file of modules) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') continue;
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  const t0 = performance.now();
  await mod.run();
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
