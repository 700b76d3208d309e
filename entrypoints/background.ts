import { startBackgroundApp } from '@/utils/background/app';

// Wiring only: every service is built in utils/background/app.ts.
export default defineBackground({
  type: 'module',
  main() {
    startBackgroundApp();
  },
});
