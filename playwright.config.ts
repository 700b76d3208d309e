import { defineConfig } from '@playwright/test';

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
  use: { trace: 'retain-on-failure' },
});
