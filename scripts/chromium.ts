import { existsSync } from 'node:fs';

/** The Chromium binary for tests and `npm start`: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH ' +
        "to a Chrome/Chromium/Edge binary. Playwright's own browser download is not used.",
    );
  }
  return found;
}

/**
 * Flags that keep Chromium quiet and offline: only loopback is reachable, and the sandbox's seller
 * pages (`<real host>.localhost`) resolve to 127.0.0.1.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP *.localhost 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
