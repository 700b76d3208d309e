import { defineConfig } from '@playwright/test';
import { e2eTarget } from './build/build-env';

// One worker: a 2-core machine, one sandbox, one Chromium at a time. Each test gets a fresh
// browser profile; the sandbox is started once per worker and reset before each test.
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  // Per-port artifacts: two suites on different CROSSDOCK_E2E_PORTs must not share a folder.
  outputDir: `test-results/${e2eTarget().port}`,
  use: { trace: 'retain-on-failure' },
});
