import type { Context } from 'hono';
import { html, type SafeHtml, trusted } from './html';
import { PAGE_SECRETS as S } from './secrets';

export type Site = '1688' | 'wing' | 'other';

export interface PageContent {
  title: string;
  site: Site;
  /** Stays on screen across SPA navigations (site navigation). */
  nav?: SafeHtml;
  /** The route's own content, rendered into #app. */
  body: SafeHtml;
  /** Single-page app: links with `data-spa` navigate with history.pushState, no reload. */
  spa?: boolean;
  status?: 200 | 404;
}

const BRAND: Record<Site, string> = { '1688': '1688 阿里巴巴采购批发', wing: 'Coupang Wing', other: 'Example' };

/** Writes the page's own secrets into web storage and a script cookie, as real sites do. */
const STORAGE_SCRIPT = trusted(`<script>
document.cookie = '${S.scriptCookie.name}=${S.scriptCookie.value}; path=/';
localStorage.setItem('${S.localStorage.key}', '${S.localStorage.value}');
sessionStorage.setItem('${S.sessionStorage.key}', '${S.sessionStorage.value}');
</script>`);

/**
 * The client router of the SPA pages: intercepts `a[data-spa]`, pushes the new URL, then asks the
 * server for the route's fragment (escaped server-side) and swaps #app. Back/forward re-render.
 */
const SPA_SCRIPT = trusted(`<script>
(() => {
  const app = document.getElementById('app');
  async function render(href) {
    const res = await fetch(href, { headers: { 'x-sandbox-fragment': '1' }, credentials: 'same-origin' });
    app.innerHTML = await res.text();
    const title = res.headers.get('x-page-title');
    if (title) document.title = decodeURIComponent(title);
    app.dataset.renderedUrl = location.pathname + location.search;
  }
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[data-spa]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    history.pushState({}, '', a.href);
    render(a.href);
  });
  window.addEventListener('popstate', () => render(location.href));
})();
</script>`);

const STYLE = trusted(`<style>
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}
header{display:flex;gap:24px;align-items:center;padding:8px 24px;background:#ff6a00;color:#fff}
header.wing{background:#346aff}header nav a{color:#fff;margin-right:12px}
form.login{margin-left:auto;display:flex;gap:6px}main{padding:16px 24px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}
</style>`);

function renderDocument(p: PageContent, url: string): string {
  const cls = p.site === 'wing' ? 'wing' : '';
  return html`<!doctype html>
<html lang="${p.site === 'wing' ? 'ko' : 'zh-CN'}"><head><meta charset="utf-8"><title>${p.title}</title>${STYLE}</head>
<body>
<header class="${cls}"><strong>${BRAND[p.site]}</strong>${p.nav ?? ''}
<form id="login-form" class="login" method="post" action="#" onsubmit="return false">
<input id="username" name="username" autocomplete="username" value="${S.username}">
<input id="password" name="password" type="password" autocomplete="current-password" value="${S.password}">
<button id="login" type="submit">${p.site === 'wing' ? '로그인' : '登录'}</button>
</form></header>
<main id="app" data-rendered-url="${url}">${p.body}</main>
${STORAGE_SCRIPT}${p.spa ? SPA_SCRIPT : ''}
</body></html>`.value;
}

/**
 * Answers a page request: the whole document (with session cookies), or only the route fragment
 * when the SPA router asks for it.
 */
export function respond(c: Context, p: PageContent): Response {
  const url = new URL(c.req.url);
  const status = p.status ?? 200;
  if (c.req.header('x-sandbox-fragment') === '1') {
    return c.html(p.body.value, status, { 'x-page-title': encodeURIComponent(p.title) });
  }
  c.header('Set-Cookie', `${S.cookie.name}=${S.cookie.value}; Path=/; SameSite=Lax`, { append: true });
  c.header('Set-Cookie', `${S.httpOnlyCookie.name}=${S.httpOnlyCookie.value}; Path=/; HttpOnly; SameSite=Lax`, {
    append: true,
  });
  return c.html(renderDocument(p, url.pathname + url.search), status);
}
