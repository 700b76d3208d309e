import { startBackgroundApp } from '@/utils/background/app';

// Wiring only: every service is built in utils/background/app.ts.
//
// A classic service worker, not `type: 'module'` (issue 13): WXT then builds background.js as one
// self-contained script instead of an ES module that imports ~20 chunks it shares with the pages.
// Each wake then loads one file with no module fetching or linking, and carries no page-only code
// that rolldown put in a shared chunk. Measured: wake → first reply about 25 % faster
// (docs/performance.md). Nothing in the worker uses `import`/`import.meta` at run time (MV3 allows
// neither dynamic import nor importScripts of remote code anyway).
export default defineBackground({
  main() {
    startBackgroundApp();
  },
});
