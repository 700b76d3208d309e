/**
 * What `npm start` needs from the machine beyond Node and Chromium, checked before it starts the
 * browser: a display (or Xvfb to make one) and CJK fonts so Korean and Chinese render. Nothing
 * here stops the start: a missing piece is named with the Debian package that brings it.
 */
import { execFileSync } from 'node:child_process';

export const DEFAULT_DEVTOOLS_PORT = 9222;

/**
 * The DevTools port from `--devtools-port=N` (or `--devtools-port N`), else CROSSDOCK_DEVTOOLS_PORT;
 * undefined when neither names one. A value that is not a port is an error, said at once.
 */
export function devtoolsPortFrom(argv: readonly string[], env: NodeJS.ProcessEnv): number | undefined {
  const i = argv.findIndex((a) => a === '--devtools-port' || a.startsWith('--devtools-port='));
  const raw = i < 0 ? env.CROSSDOCK_DEVTOOLS_PORT : (argv[i]?.split('=')[1] ?? argv[i + 1]);
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--devtools-port / CROSSDOCK_DEVTOOLS_PORT must be a port number (1–65535), not "${raw}".`);
  }
  return port;
}

export interface MachineFacts {
  display: boolean;
  xvfbRun: boolean;
  xauth: boolean;
  /** `fc-list :lang=ko` and `:lang=zh-cn` found a font; undefined when fontconfig is missing. */
  koreanFont: boolean | undefined;
  chineseFont: boolean | undefined;
}

/** The advice lines for what is missing; empty when nothing is. */
export function machineAdvice(m: MachineFacts, headless: boolean): string[] {
  const out: string[] = [];
  if (!headless && !m.display) {
    const missing = [!m.xvfbRun && 'xvfb', !m.xauth && 'xauth'].filter(Boolean) as string[];
    out.push(
      'No display (DISPLAY/WAYLAND_DISPLAY unset), so Chromium cannot open a window here.',
      missing.length
        ? `  To get one, install Xvfb: sudo apt-get install -y ${missing.join(' ')}   then: xvfb-run -a npm start`
        : '  Run it under Xvfb: xvfb-run -a npm start',
      '  Or start Chromium headless for remote debugging: npm start -- --headless',
    );
  }
  if (m.koreanFont === false || m.chineseFont === false || m.koreanFont === undefined) {
    out.push(
      m.koreanFont === undefined
        ? 'Cannot check fonts (fontconfig is missing): Korean and Chinese may show as empty boxes.'
        : 'No Korean or Chinese font installed: that text shows as empty boxes.',
      '  Install one: sudo apt-get install -y fonts-noto-cjk',
    );
  }
  return out;
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function fontFor(lang: string): boolean | undefined {
  try {
    return execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return undefined;
  }
}

export function machineFacts(env: NodeJS.ProcessEnv): MachineFacts {
  return {
    display: Boolean(env.DISPLAY || env.WAYLAND_DISPLAY),
    xvfbRun: has('xvfb-run'),
    xauth: has('xauth'),
    koreanFont: fontFor('ko'),
    chineseFont: fontFor('zh-cn'),
  };
}
