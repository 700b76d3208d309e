import type { Member } from '../members';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export interface AuthorizeView {
  appName: string;
  clientId: string;
  redirectUri: string;
  state?: string;
  members: readonly Member[];
  defaultMemberId: string;
}

/**
 * The consent page. No real login: a member picker stands in for "who is signed in", and the two
 * buttons post the decision back (ids #member, #authorize, #deny are what E2E tests click).
 */
export function authorizePage(v: AuthorizeView): string {
  const hidden = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const options = v.members
    .map(
      (m) =>
        `<option value="${escapeHtml(m.memberId)}"${m.memberId === v.defaultMemberId ? ' selected' : ''}>` +
        `${escapeHtml(m.loginId)}（${escapeHtml(m.companyName)}，${escapeHtml(m.memberId)}）</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>1688 授权登录</title>
<style>body{font-family:sans-serif;max-width:520px;margin:40px auto;color:#333}button{padding:8px 24px;margin-right:12px}
#authorize{background:#ff7300;color:#fff;border:0}</style></head>
<body>
<h1>授权登录 1688</h1>
<p>应用 <strong>${escapeHtml(v.appName)}</strong>（AppKey ${escapeHtml(v.clientId)}）请求获取你的 1688 账号授权：
读取订单、商品、物流信息，并以你的名义下采购单。</p>
<form method="post" action="/oauth/authorize">
${hidden('client_id', v.clientId)}${hidden('site', '1688')}${hidden('redirect_uri', v.redirectUri)}${hidden('state', v.state)}
<p><label for="member">登录账号</label>
<select id="member" name="member_id">${options}</select></p>
<p><button id="authorize" type="submit" name="decision" value="authorize">授权</button>
<button id="deny" type="submit" name="decision" value="deny">取消</button></p>
</form>
<p><small>沙箱页面：不需要密码，授权后跳转到 ${escapeHtml(v.redirectUri)}</small></p>
</body></html>`;
}

export function authorizeErrorPage(message: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>授权失败</title></head>
<body><h1>授权失败</h1><p id="error">${escapeHtml(message)}</p></body></html>`;
}
