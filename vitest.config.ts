import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { wordsByLanguage } from './build/words-by-language';

export default defineConfig({
  plugins: [WxtVitest(), wordsByLanguage()],
  // As in a store build (wxt.config.ts): sandbox-only code such as the bench hooks stays off.
  define: { __CROSSDOCK_SANDBOX_BUILD__: 'false' },
  test: {
    environment: 'node',
    globals: true,
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/words.ts'],
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/sandbox/**/*.test.ts',
      'tests/relay/**/*.test.ts',
    ],
    // Sandbox tests bind real ports; keep files in one worker at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
