// Swagger UI in a real browser: can a curator write from it? (issue #12 item 5)
//
//   node swagger-ui-write.mjs BASE_URL TOKEN SCREENSHOT_DIR
//
// Run by .ci/browser-check, which installs playwright-core and mints TOKEN. Drives Debian's
// Chromium (GEOFACTS_CHROMIUM, default /usr/bin/chromium) headless through the page a person uses:
//   1. without Authorize, "Try it out" + Execute on POST /documents renders 401, and the
//      document is not stored (independent GET: 404);
//   2. after Authorize with the bearer token, the same Execute renders 201 with the stored
//      document, and an independent GET finds it, with the same text, and the change feed
//      names the token's caller as its author.
// One "ok" line per assertion; the first failure prints why, saves screenshots of POST /documents
// and of the whole page in SCREENSHOT_DIR and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, token, shotDir] = process.argv.slice(2);
if (!base || !token || !shotDir) {
  console.error('usage: node swagger-ui-write.mjs BASE_URL TOKEN SCREENSHOT_DIR');
  process.exit(2);
}
const origin = new URL(base).origin;
const swaggerUi = `${origin}/q/swagger-ui/`;
const executablePath = process.env.GEOFACTS_CHROMIUM || '/usr/bin/chromium';
const caller = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).upn;

// A new document each run: a fresh id, and a text never stored before (the same text twice is 409).
const id = `swagger-ui-check-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const doc = { id, lang: 'en', title: 'Written from Swagger UI', text: `Stored by the browser check as ${id}.` };

let page; // the page on screen, for the failure screenshot
const ok = (what) => console.log(`ok    ${what}`);
function check(cond, what, detail = '') {
  if (!cond) throw new Error(`${what}${detail ? `: ${detail}` : ''}`);
  ok(what);
}

async function openSwaggerUi(context) {
  page = await context.newPage();
  await page.goto(swaggerUi);
  await page.locator('#operations-documents-createDocument').waitFor();
  return page;
}

async function authorize(p) {
  await p.locator('.scheme-container button.authorize').click();
  const dialog = p.locator('.dialog-ux .modal-ux');
  await dialog.locator('input#auth-bearer-value').fill(token);
  await dialog.locator('.auth-btn-wrapper button.authorize').click();
  // Swagger UI swaps the button for "Logout" once the value is kept
  await dialog.locator('.auth-btn-wrapper button', { hasText: 'Logout' }).waitFor();
  await dialog.locator('button.btn-done').click();
  await dialog.waitFor({ state: 'detached' });
}

// Expand POST /documents, Try it out, put the document in the body editor, Execute. Returns the
// request the browser sent and the status and body Swagger UI rendered from the response.
async function tryCreateDocument(p) {
  const op = p.locator('#operations-documents-createDocument');
  await op.locator('.opblock-summary').first().click();
  await op.locator('button.try-out__btn').click();
  await op.locator('textarea.body-param__text').fill(JSON.stringify(doc, null, 2));
  const sent = p.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/documents');
  await op.locator('button.execute').click();
  const request = await sent;
  const row = op.locator('.live-responses-table tbody tr.response');
  await row.waitFor();
  const status = (await row.locator('td.response-col_status').innerText()).trim();
  const body = await row.locator('td.response-col_description .microlight').first().innerText();
  return { headers: await request.allHeaders(), url: request.url(), status, body };
}

async function getDocument() {
  const res = await fetch(`${origin}/documents/${id}`);
  return { status: res.status, body: res.status === 200 ? await res.json() : await res.text() };
}

// The change feed entry for the new document (paged from the start; bounded).
async function changeOfDocument() {
  let since = '';
  for (let pages = 0; pages < 1000; pages++) {
    const res = await fetch(`${origin}/changes?limit=100${since ? `&since=${encodeURIComponent(since)}` : ''}`);
    if (res.status !== 200) throw new Error(`GET /changes answered ${res.status}`);
    const feed = await res.json();
    const found = feed.items.find((c) => c.kind === 'document' && c.id === id);
    if (found || !feed.more) return found;
    since = feed.next_cursor;
  }
  return undefined;
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // No sandbox as root; the background-networking flags keep Chromium from dialling out of a closed
  // network (its connections are refused here, many at a time).
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const started = Date.now();
try {
  console.log(`Chromium ${browser.version()}, ${swaggerUi}, document ${id}`);

  // 1. Without Authorize: 401 on the page, nothing stored.
  {
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const p = await openSwaggerUi(context);
    const r = await tryCreateDocument(p);
    check(r.url === `${origin}/documents`, 'without Authorize: Execute sends POST /documents to the serving instance', r.url);
    check(!('authorization' in r.headers), 'without Authorize: the request carries no Authorization header');
    check(r.status === '401', 'without Authorize: Swagger UI shows 401', `shows ${r.status}: ${r.body}`);
    check(r.body.includes('"status": 401'), 'without Authorize: the rendered body is the 401 problem', r.body);
    const stored = await getDocument();
    check(stored.status === 404, 'without Authorize: GET /documents/{id} (outside the browser) is 404', `got ${stored.status}`);
    await context.close();
  }

  // 2. Authorize with the curator's token: 201 on the page, the document stored, authored by the caller.
  {
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const p = await openSwaggerUi(context);
    await authorize(p);
    ok('Authorize accepts the bearer token');
    const r = await tryCreateDocument(p);
    check(r.headers.authorization === `Bearer ${token}`, 'with Authorize: the request carries Authorization: Bearer <token>');
    check(r.headers.origin === origin, `with Authorize: the browser sends Origin ${origin} (same origin, allowed)`, `Origin ${r.headers.origin}`);
    check(r.status === '201', 'with Authorize: Swagger UI shows 201', `shows ${r.status}: ${r.body}`);
    let shown;
    try { shown = JSON.parse(r.body); } catch { shown = {}; }
    check(shown.id === id && /^[0-9a-f]{64}$/.test(shown.sha256 ?? ''), 'with Authorize: the rendered body is the stored document with its sha256', r.body);
    const stored = await getDocument();
    check(stored.status === 200 && stored.body.text === doc.text && stored.body.title === doc.title,
      'with Authorize: GET /documents/{id} (outside the browser) returns the document with the text sent',
      `${stored.status} ${JSON.stringify(stored.body)}`);
    const change = await changeOfDocument();
    check(change?.op === 'created' && change?.actor === `curator:${caller}`,
      `with Authorize: the change feed records the document as created by curator:${caller}`, JSON.stringify(change));
    await context.close();
  }
  console.log(`browser check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`FAIL: ${e.message}`);
  if (page && !page.isClosed()) {
    mkdirSync(shotDir, { recursive: true });
    const whole = join(shotDir, 'browser-check-failure-page.png');
    const op = join(shotDir, 'browser-check-failure.png');
    await page.screenshot({ path: whole, fullPage: true }).catch(() => {});
    await page.locator('#operations-documents-createDocument').screenshot({ path: op, timeout: 5_000 }).catch(() => {});
    console.error(`screenshots: ${op} (POST /documents), ${whole} (the whole page)`);
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
