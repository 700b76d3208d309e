import { DOC_EXAMPLE_APP, MAIN_APP, RESTRICTED_APP } from './apps';
import { MEMBERS } from './members';
import type { AlibabaSamples } from './state';

/** What the sandbox announces about its 1688 side (first stdout line, /__control/config). */
export interface AlibabaFacts {
  authBaseUrl: string;
  gatewayBaseUrl: string;
  appKey: string;
  appSecret: string;
  members: Array<{ memberId: string; loginId: string; role: 'seller' | 'buyer' | 'both' }>;
  samples: AlibabaSamples;
  /** An app granted only seller order reads: other APIs answer gw.APIACLDecline. */
  restrictedApp: { appKey: string; appSecret: string; grantedApis: string[] };
  /** AppKey 1000000 / secret test123 of the doc's signature vectors (1688-api.md §2.5). */
  docExampleApp: { appKey: string; appSecret: string };
}

export function describeAlibaba(baseUrl: string, samples: AlibabaSamples): AlibabaFacts {
  return {
    authBaseUrl: baseUrl,
    gatewayBaseUrl: baseUrl,
    appKey: MAIN_APP.appKey,
    appSecret: MAIN_APP.appSecret,
    members: MEMBERS.map((m) => ({ memberId: m.memberId, loginId: m.loginId, role: m.role })),
    samples: { ...samples },
    restrictedApp: {
      appKey: RESTRICTED_APP.appKey,
      appSecret: RESTRICTED_APP.appSecret,
      grantedApis: [...RESTRICTED_APP.acl],
    },
    docExampleApp: { appKey: DOC_EXAMPLE_APP.appKey, appSecret: DOC_EXAMPLE_APP.appSecret },
  };
}
