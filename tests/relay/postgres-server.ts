import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A throwaway PostgreSQL server for tests: Debian's `postgresql` package (.ci/run installs it),
 * a temp data directory, a free loopback port, trust auth for user `relay`. A missing server is
 * an error, not a skip: the shared-database proof must not pass by not running.
 */
export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';

function binDir(): string {
  const majors = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).filter((v) => existsSync(join(DEBIAN_ROOT, v, 'bin', 'postgres')))
    : [];
  const newest = majors.sort((x, y) => Number(y) - Number(x))[0];
  if (!newest) {
    throw new Error(
      `PostgreSQL server not found (${DEBIAN_ROOT}/*/bin/postgres). The shared-database tests need a real server: ` +
        'apt-get install postgresql (.ci/run does this).',
    );
  }
  return join(DEBIAN_ROOT, newest, 'bin');
}

/** PostgreSQL refuses to run as root: then run it as the `postgres` user (or `nobody`). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
      return { uid: id('-u'), gid: id('-g') };
    } catch {}
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists to run PostgreSQL');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'relay-pg-'));
  const data = join(dir, 'data');
  if (user) chownSync(dir, user.uid, user.gid);
  const asServer = { ...user, cwd: dir, env: { ...process.env, LC_ALL: 'C' } };
  let server: ChildProcess | undefined;
  try {
    execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'relay', '-E', 'UTF8'], {
      ...asServer,
      stdio: 'pipe',
    });
    const port = await freePort();
    // Unix socket in the temp dir (not /var/run/postgresql); fsync off: the data is thrown away.
    server = spawn(
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off'],
      { ...asServer, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    server.stderr?.on('data', (chunk) => {
      log += chunk;
    });
    const url = `postgresql://relay@127.0.0.1:${port}/postgres`;
    await waitUntilAccepting(url, server, () => log);
    const running = server;
    return {
      url,
      async stop() {
        await stopServer(running);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function waitUntilAccepting(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited during start-up:\n${log()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections: ${err}\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** SIGINT is PostgreSQL's "fast shutdown": clients are disconnected, the server exits. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGINT');
  });
}
