/**
 * The extension's pages (side panel, popup, options, the helper frame) run in the worker's renderer
 * process, and the first of them to draw text in a browser session loaded its fonts: the system
 * font and a CJK font of ~20 MB for Korean and Chinese, each face in each weight opened and parsed
 * while the page was rendering its first rows. Chromium keeps a font it has loaded for the whole
 * process, whichever thread loaded it. So the worker draws a line in each font stack and weight
 * the pages use once it has started and gone quiet (an OffscreenCanvas `measureText`, nothing is
 * shown), and a page that opens after that finds them loaded. Measured in new browsers (10,000
 * orders, alternated): the side panel's first open, less the browser's floor, took a median of
 * 64 ms instead of 91; docs/performance.md, "The first render".
 */

/**
 * The `--font` and `--font-mono` stacks of assets/tokens.css, Korean-first and Chinese-first
 * (a unit test keeps this list equal to the CSS).
 */
export const PAGE_FONT_STACKS = [
  'system-ui, "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Microsoft YaHei", sans-serif',
  'system-ui, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", sans-serif',
  'ui-monospace, "SFMono-Regular", Consolas, monospace',
] as const;

/** The weights the pages' styles use (normal, semibold headings and chips, bold figures). */
export const PAGE_FONT_WEIGHTS = [400, 600, 700] as const;

/** Latin, digits, the currency signs, Hangul and Han: each script falls to its own face. */
export const SAMPLE_TEXT = 'Aa09 ₩¥ 가나다 汉字漢';

/** What the warm-up needs of an OffscreenCanvas (absent in tests and browsers without one). */
export interface TextMeasurer {
  font: string;
  measureText(text: string): unknown;
}

/** The next task: a message that arrives while the fonts warm waits for one face at most. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws the sample in every stack and weight, one per task (all of them took ~40 ms in a new
 * browser); resolves with how many it measured (0 when this worker has no OffscreenCanvas). Never
 * rejects: a font that fails to load only means a slower first page.
 */
export async function warmPageFonts(
  createMeasurer: () => TextMeasurer | null = () => new OffscreenCanvas(1, 1).getContext('2d'),
  betweenFaces: () => Promise<void> = nextTask,
): Promise<number> {
  let measurer: TextMeasurer | null;
  try {
    // Throws where there is no OffscreenCanvas (caught: nothing to warm there).
    measurer = createMeasurer();
  } catch {
    return 0;
  }
  if (!measurer) return 0;
  let tried = 0;
  let measured = 0;
  for (const stack of PAGE_FONT_STACKS) {
    for (const weight of PAGE_FONT_WEIGHTS) {
      if (tried++ > 0) await betweenFaces();
      try {
        measurer.font = `${weight} 13px ${stack}`;
        measurer.measureText(SAMPLE_TEXT);
        measured++;
      } catch {
        // The next stack still warms.
      }
    }
  }
  return measured;
}
