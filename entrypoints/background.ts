import { startBackgroundApp } from '@/utils/services/background-app';

// Wiring only: every service is built in utils/services/background-app.ts.
export default defineBackground({
  type: 'module',
  main() {
    startBackgroundApp();
  },
});
