/**
 * Colour lint: every colour of the extension's pages is a design token in assets/tokens.css, the
 * one file with a light and a dark value for each. A hex, rgb()/hsl()-style or named colour
 * anywhere else in extension code (stylesheets, inline styles, canvas colours, HTML) would stay the
 * same in dark mode — this fails on it. `npm run lint` runs it; tests/unit/ui/check-colors.test.ts
 * proves it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The token file itself, and colours that are not CSS (they cannot read a token). */
export const COLOR_FILES_ALLOWED: Record<string, string> = {
  'assets/tokens.css': 'the design tokens: the one place colours are defined',
  'utils/background/badge/compute.ts':
    'the toolbar badge: chrome.action takes a colour value, it has no CSS and no dark mode',
};

const SCANNED_DIRS = ['assets', 'entrypoints', 'components', 'utils'];
const SCANNED_FILES = /\.(css|ts|tsx|html)$/;

const HEX = /(?<![\w&#/])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;
const FUNCTION = /\b(?:rgba?|hsla?|hwb|oklch|oklab)\(/g;
/** Named colours, in stylesheets only (in code the words are ordinary words). */
const NAMED =
  /:\s*[^;{}]*?\b(white|black|red|green|blue|gray|grey|silver|orange|yellow|purple|navy|maroon|teal|pink)\b[^;{}]*;/g;

function stripComments(src: string, css: boolean): string {
  const noBlocks = src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
  return css ? noBlocks : noBlocks.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return SCANNED_FILES.test(name) ? [full] : [];
  });
}

/** The hard-coded colours in the extension code under `root`, as `file:line: colour` (empty when none). */
export function checkColors(root: string): string[] {
  const problems: string[] = [];
  for (const dir of SCANNED_DIRS) {
    for (const file of filesUnder(path.join(root, dir))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel in COLOR_FILES_ALLOWED) continue;
      const css = rel.endsWith('.css');
      const lines = stripComments(readFileSync(file, 'utf8'), css).split('\n');
      lines.forEach((line, i) => {
        const found = [...line.matchAll(HEX), ...line.matchAll(FUNCTION)].map((m) => m[0]);
        if (css) found.push(...[...line.matchAll(NAMED)].map((m) => m[1] ?? ''));
        for (const colour of found) problems.push(`${rel}:${i + 1}: ${colour}`);
      });
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, '..');
  const problems = checkColors(root);
  if (problems.length) {
    console.error(
      `Colour check failed: use a token from assets/tokens.css (add one there, light and dark, for a new meaning):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('Colour check passed: every colour is a token of assets/tokens.css.');
}
