import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const read = (dir: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'));

test('the production build names only the real marketplace hosts', () => {
  const m = read('chrome-mv3');
  expect(m.host_permissions).toEqual(['https://api-gateway.coupang.com/*', 'https://gw.open.1688.com/*']);
  const matches: string[] = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches.length).toBeGreaterThan(0);
  for (const match of matches)
    expect(match).toMatch(/^https:\/\/(detail|m|detail\.m|trade|work)\.1688\.com\/|^https:\/\/wing\.coupang\.com\//);
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
  const m = read('chrome-mv3-e2e');
  expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
  for (const c of m.content_scripts)
    for (const match of c.matches) expect(match).toMatch(/^http:\/\/[a-z.0-9]+\.localhost\//);
});
