/**
 * Trust-zone lint (agreement 1688 §5.10(7), §5.11.2; compliance C2): walks the import graph of
 * every content script and every extension page and fails on
 * - content-script code touching the host page's cookies, storage, databases or DOM (querying
 *   elements, forms, text) — content scripts know the page only by its URL;
 * - UI code (content scripts and extension pages) importing background-only modules (vault,
 *   storage, services, marketplace clients): secrets and API calls stay in the background.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

const CONTENT_FORBIDDEN: Array<[RegExp, string]> = [
  [/\bdocument\s*\.\s*cookie\b/, 'reads or writes the host page cookies'],
  [/\bcookieStore\b/, 'uses the cookie store'],
  [/\b(localStorage|sessionStorage)\b/, "touches the host page's Web Storage"],
  [/\bindexedDB\b/, "touches the host page's IndexedDB"],
  [
    /\bdocument\s*\.\s*(querySelector|querySelectorAll|getElementById|getElementsBy\w+|forms|images|links|body\s*\.\s*(innerText|textContent|innerHTML))\b/,
    'reads the host page DOM',
  ],
  [/\bwindow\s*\.\s*name\b/, 'reads window.name'],
  [/\bchrome\s*\.\s*cookies\b|\bbrowser\s*\.\s*cookies\b/, 'uses the cookies API'],
];

const UI_FORBIDDEN_IMPORTS: Array<[RegExp, string]> = [
  [/utils\/store\//, 'imports background storage (vault, cache, outbox)'],
  [/utils\/services\//, 'imports background services'],
  [/utils\/marketplaces\//, 'imports a marketplace client (API calls belong to the background)'],
];

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined; // a package
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  }
  return undefined;
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
    seen.add(file);
    const src = stripComments(readFileSync(file, 'utf8'));
    for (const m of src.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
      if (/^\s*import\s+type\b|^\s*export\s+type\b/.test(m[0])) continue; // types vanish at build time
      const resolved = resolveImport(file, m[1]);
      if (resolved) stack.push(resolved);
    }
  }
  return seen;
}

function entryFiles(kind: 'content' | 'page'): string[] {
  const dir = path.join(root, 'entrypoints');
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const isContent = /\.content(\.tsx?|$)/.test(name);
    if (kind === 'content' && !isContent) continue;
    if (kind === 'page' && (isContent || name.startsWith('background'))) continue;
    if (statSync(full).isDirectory()) {
      for (const f of readdirSync(full)) if (/^(index|main)\.tsx?$/.test(f)) out.push(path.join(full, f));
    } else if (/\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

const problems: string[] = [];
const rel = (f: string) => path.relative(root, f);

for (const entry of entryFiles('content')) {
  for (const file of importGraph(entry)) {
    const src = stripComments(readFileSync(file, 'utf8'));
    for (const [re, why] of CONTENT_FORBIDDEN)
      if (re.test(src)) problems.push(`${rel(file)} (content script ${rel(entry)}) ${why}`);
  }
}
for (const entry of [...entryFiles('content'), ...entryFiles('page')]) {
  for (const file of importGraph(entry)) {
    for (const [re, why] of UI_FORBIDDEN_IMPORTS)
      if (re.test(rel(file))) problems.push(`${rel(entry)} ${why}: ${rel(file)}`);
  }
}

if (problems.length) {
  console.error(`Trust-zone check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Trust-zone check passed (${entryFiles('content').length} content script(s), ${entryFiles('page').length} page(s)).`,
);
