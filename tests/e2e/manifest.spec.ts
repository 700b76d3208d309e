import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eTarget } from '../../build/build-env';

const read = (dir: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'));

/** The seller pages the helpers run on (utils/page-helpers/registry.ts), as the production manifest names them. */
const HELPER_PAGES = [
  'https://detail.1688.com/offer/*',
  'https://detail.1688.com/pic/*',
  'https://m.1688.com/offer/*',
  'https://detail.m.1688.com/page/*',
  'https://work.1688.com/*',
  'https://trade.1688.com/order/*',
  'https://wing.coupang.com/*',
];

test('the production build names only the real marketplace hosts', () => {
  const m = read('chrome-mv3');
  // The marketplace APIs, then exactly the seller pages of the helpers: the page-helper content
  // script is registered at run time (issue 13), and needs them as host permissions — the same
  // sites the manifest's content_scripts named before, so the install warning is unchanged.
  expect(m.host_permissions).toEqual([
    'https://api-gateway.coupang.com/*',
    'https://gw.open.1688.com/*',
    ...HELPER_PAGES,
  ]);
  for (const match of m.host_permissions.slice(2))
    expect(match).toMatch(/^https:\/\/(detail|m|detail\.m|trade|work)\.1688\.com\/|^https:\/\/wing\.coupang\.com\//);
  // No script is injected by the manifest: only where the seller has a helper on.
  expect(m.content_scripts).toBeUndefined();
  expect(m.permissions).toEqual([
    'storage',
    'unlimitedStorage',
    'alarms',
    'identity',
    'notifications',
    'sidePanel',
    'scripting',
  ]);
  expect(existsSync(path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/page-helper.js'))).toBe(
    true,
  );
  const text = JSON.stringify(m);
  expect(text).not.toContain('localhost');
  expect(text).not.toContain('127.0.0.1/*"]');
  expect(m.host_permissions.join()).not.toContain('127.0.0.1');
});

test('C15: the product name never uses 1688, Ali, Alibaba or affiliates (agreement §5.23)', () => {
  for (const locale of ['en', 'ko', 'zh_CN']) {
    const messages = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../.output/chrome-mv3/_locales', locale, 'messages.json'),
        'utf8',
      ),
    );
    const name: string = messages.extName.message;
    expect(name).toBe('Crossdock');
    expect(name).not.toMatch(/1688|ali|alibaba|taobao|tmall|阿里|淘宝|天猫/i);
  }
});

test('the sandbox build adds only loopback hosts', () => {
  const m = read(e2eTarget().outDir);
  expect(m.host_permissions[0]).toBe('http://127.0.0.1/*');
  // The helper pages, as the sandbox serves them (<real host>.localhost).
  expect(m.host_permissions.slice(1)).toEqual(
    HELPER_PAGES.map((p) => p.replace(/^https:\/\/([^/]+)/, 'http://$1.localhost')),
  );
  for (const match of m.host_permissions.slice(1)) expect(match).toMatch(/^http:\/\/[a-z.0-9]+\.localhost\//);
  expect(m.content_scripts).toBeUndefined();
});

test('the service worker is one classic script that imports nothing (issue 13: wake time)', () => {
  const dir = e2eTarget().outDir;
  const m = read(dir);
  expect(m.background).toEqual({ service_worker: 'background.js' });
  // An ES-module worker would load the chunks it shares with the pages at every wake.
  const code = readFileSync(path.resolve(import.meta.dirname, '../../.output', dir, 'background.js'), 'utf8');
  expect(code).not.toMatch(/\bfrom\s*["']\.{1,2}\//);
  expect(code).not.toMatch(/\bimport\s*\(|\bimportScripts\s*\(/);
});

test('the service worker is ASCII only, in both builds (issue 13: wake time)', () => {
  // Chromium parses the worker's script again at every wake; one non-ASCII character makes it
  // hold and scan the whole script two bytes a character (~10 ms a wake here). wxt.config.ts
  // has rolldown escape them; its words (Hangul, Hanzi) must arrive as \u escapes.
  for (const dir of ['chrome-mv3', e2eTarget().outDir]) {
    const code = readFileSync(path.resolve(import.meta.dirname, '../../.output', dir, 'background.js'), 'utf8');
    expect(code.match(/[\u0080-\uffff]/g) ?? [], dir).toEqual([]);
    expect(code, dir).toMatch(/\\u[0-9a-fA-F]{4}/);
  }
});
