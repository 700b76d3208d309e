/**
 * `npm run sandbox`: starts the sandbox in the foreground. The first stdout line is one JSON
 * object (see SandboxConfig) that scripts can parse; everything after it is for people.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SANDBOX_PORT } from '../build/build-env';
import { startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string' },
    orders: { type: 'string' },
  },
});
const port = Number(values.port ?? process.env.SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
const sandbox = await startSandbox({
  port,
  seed: {
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(values.orders ? { orders: Number(values.orders) } : {}),
  },
});
process.stdout.write(`${JSON.stringify(sandbox.config)}\n`);
process.stderr.write(
  `Crossdock sandbox running: Coupang ${sandbox.config.coupang.baseUrl}, 1688 ${sandbox.config.alibaba.gatewayBaseUrl}, ` +
    `control ${sandbox.config.controlUrl}. Ctrl+C stops it.\n`,
);
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
