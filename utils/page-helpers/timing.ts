import { buildConfig } from '@/utils/config/build-config';

/** Sandbox builds leave timing marks for `npm run bench`; production builds never do. */
export function mark(name: 'start' | 'mounted' | 'data'): void {
  if (buildConfig.target === 'sandbox') performance.mark(`crossdock:${name}`);
}
