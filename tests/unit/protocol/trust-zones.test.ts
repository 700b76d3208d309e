import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkTrustZones } from '../../../scripts/check-trust-zones';

/** The zone rule (UI never imports utils/background/) proved on a small tree and on the real one. */

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'zones-'));
  write('utils/background/store/vault.ts', 'export const vaultGet = () => 1;\nexport type Secret = string;\n');
  write('utils/protocol/client.ts', 'export const send = () => 1;\n');
  write('entrypoints/background.ts', "import { vaultGet } from '@/utils/background/store/vault';\nvaultGet();\n");
  write('entrypoints/popup/main.tsx', "import { send } from '@/utils/protocol/client';\nsend();\n");
  write('entrypoints/page-helper.content/index.tsx', "import { send } from '../../utils/protocol/client';\nsend();\n");
  write('components/ok.tsx', "import { send } from '@/utils/protocol/client';\nexport const ok = send;\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('trust-zone check', () => {
  it('passes a tree where only the background imports utils/background', () => {
    expect(checkTrustZones(dir)).toEqual([]);
  });

  it('fails when a shared component imports the background folder, even for a type', () => {
    write(
      'components/leak.tsx',
      "import type { Secret } from '@/utils/background/store/vault';\nexport type S = Secret;\n",
    );
    expect(checkTrustZones(dir)).toEqual([
      'components/leak.tsx imports background-only code (utils/background/): utils/background/store/vault.ts',
    ]);
  });

  it('fails when a page reaches the background folder through a shared module', () => {
    write('utils/ui/helper.ts', "export { vaultGet } from '../background/store/vault';\n");
    write('entrypoints/popup/main.tsx', "import { vaultGet } from '@/utils/ui/helper';\nvaultGet();\n");
    expect(checkTrustZones(dir)).toContain(
      'entrypoints/popup/main.tsx imports background-only code (utils/background/): utils/background/store/vault.ts',
    );
  });

  it('fails when a content script reads the host page', () => {
    write('entrypoints/page-helper.content/index.tsx', 'export const c = document.cookie;\n');
    expect(checkTrustZones(dir)[0]).toMatch(/reads or writes the host page cookies/);
  });

  it('fails when extension code uses a Node API', () => {
    write('utils/config/where.ts', "import { homedir } from 'node:os';\nexport const home = homedir();\n");
    write('utils/config/env.ts', 'export const port = process.env.PORT;\n');
    expect(checkTrustZones(dir)).toEqual([
      'utils/config/env.ts uses Node’s process',
      "utils/config/where.ts imports a Node module ('node:…')",
    ]);
  });

  it('holds for this repository', () => {
    expect(checkTrustZones(path.resolve(import.meta.dirname, '../../..'))).toEqual([]);
  });
});
