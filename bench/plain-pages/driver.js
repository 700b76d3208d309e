// Bench only (copied into the bench's build folder, never shipped): drives the plain-browser opens
// (plain-browser.ts) from inside the extension, so no debugger is attached to the pages it times.
// It asks the bench's report server for its job, connects the sandbox vendor and waits for the
// sync like a seller's first run, then opens each page in a new tab and reports when its first row
// was shown.
const report = new URL(location.href).searchParams.get('report');
const post = (path, body) => fetch(`${report}${path}`, { method: 'POST', body: JSON.stringify(body) });
const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const shown = new BroadcastChannel('crossdock-bench');

/** Opens `page` in a new tab; resolves with the ms from its navigation start to its first row. */
async function open(page) {
  const first = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page}: no row within 60 s`)), 60_000);
    shown.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data.shownAt);
    };
  });
  const tab = await chrome.tabs.create({ url: page, active: true });
  try {
    return await first;
  } finally {
    await chrome.tabs.remove(tab.id);
  }
}

try {
  const job = await (await fetch(`${report}/job`)).json();
  const { vendorId, accessKey, secretKey } = job.vendor;
  await send('privacy.acceptConsent', { version: 1, locale: 'en' });
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const added = await send('connections.addCoupang', { vendorId, accessKey, secretKey, keyIssuedAt: today });
  if (!added.ok) throw new Error(`connect failed: ${JSON.stringify(added.error)}`);
  for (;;) {
    const status = await send('orders.syncStatus', {});
    const mine = status.data.accounts.find((a) => a.accountKey === `coupang:${vendorId}`);
    if (mine?.lastSyncAt && mine.phase !== 'running') break;
    await sleep(200);
  }
  await sleep(job.settleMs);
  for (let i = 0; i < job.opens; i++) {
    const opened = {};
    for (const page of job.pages) {
      opened[page] = await open(page);
      await sleep(job.pauseMs);
    }
    await post('/open', opened);
  }
  await post('/done', {});
} catch (error) {
  await post('/error', { message: String(error?.stack ?? error) });
}
