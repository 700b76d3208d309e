import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SandboxConfig } from '../sandbox/config';

/**
 * Starts `sandbox/main.ts` as a child process and resolves with the JSON object it prints as its
 * first stdout line (the contract scripts rely on).
 */
export async function spawnSandbox(
  port: number,
  extraArgs: string[] = [],
): Promise<{ config: SandboxConfig; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts', '--port', String(port), ...extraArgs], {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (line) => resolve(line));
    child.once('exit', (code) =>
      reject(
        new Error(
          `sandbox exited with ${code} before it was ready (port ${port} busy? Another test run or \`npm start\` may ` +
            'hold it: stop it, or give this run its own ports with CROSSDOCK_E2E_PORT=<base>, e.g. 29080, for both ' +
            '`tsx scripts/build-e2e.ts` and `playwright test`)',
        ),
      ),
    );
  });
  const config = JSON.parse(firstLine) as SandboxConfig;
  return {
    config,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
