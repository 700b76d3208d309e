/**
 * Trust-zone lint (agreement 1688 §5.10(7), §5.11.2; compliance C2): walks the import graph of
 * every content script and every extension page and fails on
 * - content-script code touching the host page's cookies, storage, databases or DOM (querying
 *   elements, forms, text) — content scripts know the page only by its URL;
 * - UI code (content scripts, extension pages, shared components) importing anything under
 *   utils/background/ (vault, storage, services, marketplace clients): secrets and API calls stay in
 *   the background service worker;
 * - extension code (entrypoints/, components/, utils/) using a Node API: it runs in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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

/** Node's APIs: extension code runs in the browser, never in Node. */
const NODE_APIS: Array<[RegExp, string]> = [
  [/\bfrom\s+['"]node:|\bimport\(\s*['"]node:/, "imports a Node module ('node:…')"],
  [/\bprocess\s*\.\s*(env|argv|exit|cwd|platform)\b/, 'uses Node’s process'],
  [/\bBuffer\s*\.\s*(from|alloc|concat|isBuffer)\b/, 'uses Node’s Buffer'],
  [/\b__dirname\b|\b__filename\b|\brequire\s*\(/, 'uses CommonJS / Node globals'],
];
const EXTENSION_DIRS = ['entrypoints', 'components', 'utils'];

/** The one zone rule for imports: everything under utils/background/ runs only in the service worker. */
export const BACKGROUND_DIR = 'utils/background/';
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function resolveImport(root: string, from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined; // a package
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  }
  return undefined;
}

/** Every file an entry reaches; `withTypes` follows type-only imports too. */
function importGraph(root: string, entry: string, withTypes: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
    seen.add(file);
    const src = stripComments(readFileSync(file, 'utf8'));
    for (const m of src.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
      // Types vanish at build time: they matter for the zone rule (layout), not for the content checks.
      if (!withTypes && /^\s*import\s+type\b|^\s*export\s+type\b/.test(m[0])) continue;
      const resolved = resolveImport(root, file, m[1]);
      if (resolved) stack.push(resolved);
    }
  }
  return seen;
}

function entryFiles(root: string, kind: 'content' | 'page'): string[] {
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

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The trust-zone problems of the tree at `root` (empty when it holds). */
export function checkTrustZones(root: string): string[] {
  const problems: string[] = [];
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const contentEntries = entryFiles(root, 'content');
  for (const entry of contentEntries) {
    for (const file of importGraph(root, entry, false)) {
      const src = stripComments(readFileSync(file, 'utf8'));
      for (const [re, why] of CONTENT_FORBIDDEN)
        if (re.test(src)) problems.push(`${rel(file)} (content script ${rel(entry)}) ${why}`);
    }
  }
  // Pages, shared components and content scripts never import the background folder, not even a type.
  const uiRoots = [...contentEntries, ...entryFiles(root, 'page'), ...filesUnder(path.join(root, 'components'))];
  for (const entry of uiRoots) {
    for (const file of importGraph(root, entry, true)) {
      if (rel(file).startsWith(BACKGROUND_DIR))
        problems.push(`${rel(entry)} imports background-only code (${BACKGROUND_DIR}): ${rel(file)}`);
    }
  }
  // Extension code never uses Node: the typings cannot stop it (WXT's reach Node's), this does.
  for (const dir of EXTENSION_DIRS)
    for (const file of filesUnder(path.join(root, dir))) {
      const src = stripComments(readFileSync(file, 'utf8'));
      for (const [re, why] of NODE_APIS) if (re.test(src)) problems.push(`${rel(file)} ${why}`);
    }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, '..');
  const problems = checkTrustZones(root);
  if (problems.length) {
    console.error(`Trust-zone check failed:\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `Trust-zone check passed (${entryFiles(root, 'content').length} content script(s), ${entryFiles(root, 'page').length} page(s), components).`,
  );
}
