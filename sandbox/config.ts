import type { sandboxPorts } from '../build/build-env';
import type { AlibabaFacts } from './alibaba';
import type { CoupangFacts } from './coupang';
import type { PagesFacts } from './pages';

/** The first line `npm run sandbox` prints; scripts and tests rely on these names. */
export interface SandboxConfig {
  coupang: CoupangFacts;
  alibaba: AlibabaFacts;
  controlUrl: string;
  pages: PagesFacts;
  ports: ReturnType<typeof sandboxPorts>;
}
