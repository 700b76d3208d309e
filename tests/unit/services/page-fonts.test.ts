import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PAGE_FONT_STACKS,
  PAGE_FONT_WEIGHTS,
  SAMPLE_TEXT,
  type TextMeasurer,
  warmPageFonts,
} from '@/utils/background/core/page-fonts';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every stylesheet the extension's pages load (content-script styles render in web pages). */
function pageStylesheets(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.css')) found.push(full);
    }
  };
  for (const dir of ['assets', 'components', 'entrypoints']) walk(path.join(root, dir));
  return found.filter((f) => !f.includes('.content'));
}

function recordingMeasurer(failOn?: string): TextMeasurer & { drawn: Array<[string, string]> } {
  return {
    drawn: [],
    font: '',
    measureText(text: string) {
      if (failOn && this.font.includes(failOn)) throw new Error('font failed');
      this.drawn.push([this.font, text]);
      return { width: 1 };
    },
  };
}

describe('warming the pages’ fonts in the worker', () => {
  it('draws the sample in every stack the pages use, in every weight', async () => {
    const measurer = recordingMeasurer();
    expect(await warmPageFonts(() => measurer)).toBe(PAGE_FONT_STACKS.length * PAGE_FONT_WEIGHTS.length);
    for (const stack of PAGE_FONT_STACKS) {
      for (const weight of PAGE_FONT_WEIGHTS) {
        expect(measurer.drawn).toContainEqual([`${weight} 13px ${stack}`, SAMPLE_TEXT]);
      }
    }
  });

  it('samples Latin, digits, the won and yuan signs, Hangul and Han', () => {
    for (const pattern of [/[A-Za-z]/, /\d/, /₩/, /¥/, /\p{Script=Hangul}/u, /\p{Script=Han}/u]) {
      expect(SAMPLE_TEXT).toMatch(pattern);
    }
  });

  it('knows the same font stacks as assets/tokens.css', () => {
    const css = readFileSync(path.join(root, 'assets/tokens.css'), 'utf8');
    const declared = [...css.matchAll(/--font(?:-mono)?:\s*([^;]+);/g)].map((m) =>
      // `--font` starts with the size and line height: `13px / 1.4 system-ui, …`.
      m[1]!
        .replace(/\s+/g, ' ')
        .replace(/^\d+px \/ [\d.]+ /, '')
        .trim(),
    );
    expect(declared.length).toBeGreaterThanOrEqual(3);
    expect([...new Set(declared)].sort()).toEqual([...PAGE_FONT_STACKS].sort());
  });

  it('covers every font weight the pages’ styles use (bold elements are 700)', () => {
    const named: Record<string, number> = { normal: 400, bold: 700 };
    const used = new Set<number>([400, 700]);
    for (const file of pageStylesheets()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/font-weight:\s*([a-z0-9]+)/g)) {
        used.add(named[m[1]!] ?? Number(m[1]));
      }
    }
    expect(used.has(600)).toBe(true);
    expect([...used].sort()).toEqual([...PAGE_FONT_WEIGHTS].sort());
  });

  it('draws one face per task, so a message that comes meanwhile waits for one face at most', async () => {
    const measurer = recordingMeasurer();
    const drawnAtEachPause: number[] = [];
    const warmed = warmPageFonts(
      () => measurer,
      async () => {
        drawnAtEachPause.push(measurer.drawn.length);
      },
    );
    // The first face is drawn at once; each later one after a pause.
    expect(measurer.drawn).toHaveLength(1);
    await warmed;
    const faces = PAGE_FONT_STACKS.length * PAGE_FONT_WEIGHTS.length;
    expect(drawnAtEachPause).toEqual(Array.from({ length: faces - 1 }, (_, i) => i + 1));
  });

  it('measures nothing, and does not throw, where the worker has no OffscreenCanvas', async () => {
    await expect(
      warmPageFonts(() => {
        throw new ReferenceError('OffscreenCanvas is not defined');
      }),
    ).resolves.toBe(0);
    await expect(warmPageFonts(() => null)).resolves.toBe(0);
    // The default factory, in Node: no OffscreenCanvas here.
    await expect(warmPageFonts()).resolves.toBe(0);
  });

  it('goes on with the other stacks when one fails', async () => {
    const measurer = recordingMeasurer('monospace');
    expect(await warmPageFonts(() => measurer)).toBe((PAGE_FONT_STACKS.length - 1) * PAGE_FONT_WEIGHTS.length);
    expect(measurer.drawn.some(([font]) => font.includes('Noto Sans CJK SC'))).toBe(true);
  });
});
