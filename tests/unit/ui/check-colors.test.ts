import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkColors } from '../../../scripts/check-colors';

/** The colour rule (colours only in assets/tokens.css) proved on a small tree and on the real one. */

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'colours-'));
  write('assets/tokens.css', ':root { --bg: #ffffff; --shadow: 0 1px 2px rgba(0, 0, 0, 0.2); }\n');
  write(
    'assets/ui.css',
    'body {\n  color: var(--fg);\n  background: transparent;\n  border: 1px solid currentColor;\n}\n',
  );
  write('entrypoints/popup/app.tsx', "const id = '#app';\nexport const s = { color: 'var(--danger)' };\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('colour check', () => {
  it('passes a tree whose colours are all tokens', () => {
    expect(checkColors(dir)).toEqual([]);
  });

  it('names each hard-coded colour in a stylesheet by file and line', () => {
    write(
      'entrypoints/sidepanel/x.css',
      '.a {\n  color: #1b1f24;\n}\n.b { background: rgba(0, 0, 0, 0.1); }\n.c { border-color: white; }\n',
    );
    expect(checkColors(dir)).toEqual([
      'entrypoints/sidepanel/x.css:2: #1b1f24',
      'entrypoints/sidepanel/x.css:4: rgba(',
      'entrypoints/sidepanel/x.css:5: white',
    ]);
  });

  it('finds colours in inline styles and canvas code, and a fallback inside var()', () => {
    write('components/chip.tsx', "export const s = { color: 'var(--danger, #b3261e)', fill: 'hsl(0 0% 50%)' };\n");
    expect(checkColors(dir)).toEqual(['components/chip.tsx:1: #b3261e', 'components/chip.tsx:1: hsl(']);
  });

  it('ignores comments, and words that only look like colour names in code', () => {
    write('entrypoints/options/y.css', '/* was #fff7f6 */\n.d { color: var(--ok); }\n');
    write('utils/ui/z.ts', "// #abcdef in a comment\nexport const word = 'white space';\n");
    expect(checkColors(dir)).toEqual([]);
  });

  it('holds for this repository', () => {
    expect(checkColors(path.resolve(import.meta.dirname, '../../..'))).toEqual([]);
  });
});
