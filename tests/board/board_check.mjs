// board_check.mjs — drives Debian's chromium (headless, through
// playwright-core's CDP client) against a running `wirewatch board` and
// checks what a person would see. Run by tests/integ/test_board.c:
//
//   node tests/board/board_check.mjs --url URL --events-cmd CMD --feed-cmd CMD --shots DIR
//
//   1. the page lists the events of `CMD_events` (wirewatch events --json),
//      each with its report count;
//   2. CMD_feed feeds a new report while the page is open: the count changes
//      in place, without a reload, to what `wirewatch events` then says;
//   3. titles made of HTML (<script>, <img onerror>) and a javascript: URL
//      are shown as text: nothing runs, no element is made of them;
//   4. a click on an event shows its reports, as many as it counts;
//   5. neither a laptop (1280 x 800) nor a phone (390 x 844) viewport
//      scrolls sideways; a screenshot of each goes to DIR.
// Prints "ok: ..." per check; exits 1 with "FAIL: ..." at the first that
// fails, 77 when chromium or playwright-core is missing.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import process from 'node:process';

const CHROMIUM = process.env.WW_CHROMIUM || '/usr/bin/chromium';
// What this machine's closed network needs (no calls home, no QUIC).
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

function args() {
  const a = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) a[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const k of ['url', 'events-cmd', 'feed-cmd', 'shots'])
    if (!a[k]) { console.error(`usage: --url URL --events-cmd CMD --feed-cmd CMD --shots DIR (${k}?)`); process.exit(64); }
  return a;
}

function fail(why) {
  console.log('FAIL: ' + why);
  process.exit(1);
}

async function until(what, fn, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last === true) return;
    if (Date.now() > end) fail(`${what} (after ${ms} ms: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// {id: reports} from `wirewatch events --json`.
function events(cmd) {
  const out = execSync(cmd, { encoding: 'utf8' });
  const m = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const e = JSON.parse(line);
    m[e.id] = e.reports;
  }
  return m;
}

// {id: reports} of the rows the page shows.
const shown = (page) => page.$$eval('#events > li', (lis) =>
  Object.fromEntries(lis.map((li) => [li.dataset.id, Number(li.dataset.reports)])));

function same(a, b) {
  const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

async function noSideScroll(page, name) {
  const w = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, view: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3).map((e) => e.tagName + '.' + e.className),
  }));
  if (w.scroll > w.view) fail(`${name}: the page scrolls sideways (${w.scroll} > ${w.view}: ${w.wide.join(', ')})`);
  console.log(`ok: ${name}: no sideways scrolling (${w.scroll} <= ${w.view})`);
}

async function main() {
  const a = args();
  if (!existsSync(CHROMIUM)) { console.log(`skip: no ${CHROMIUM} (Debian package chromium)`); process.exit(77); }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    console.log('skip: playwright-core is not installed (cd tests/board && npm ci)');
    process.exit(77);
  }
  mkdirSync(a.shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    await run(browser, a);
  } finally {
    await browser.close();
  }
}

async function run(browser, a) {
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await laptop.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  await page.goto(a.url);

  // 1. the events of `wirewatch events`
  const before = events(a['events-cmd']);
  if (Object.keys(before).length === 0) fail('wirewatch events lists no event: nothing to compare');
  await until('the page lists the events of wirewatch events', async () =>
    same(await shown(page), before) || { page: await shown(page), events: before });
  console.log(`ok: the page lists the ${Object.keys(before).length} events of wirewatch events, with their report counts`);
  await until('the page is live', async () =>
    (await page.getAttribute('#conn', 'data-state')) === 'live');

  // 2. a new report, without a reload
  await page.evaluate(() => { window.__sameDocument = true; });
  execSync(a['feed-cmd'], { stdio: ['ignore', 'ignore', 'inherit'] });
  let after;
  await until('wirewatch events counts the new report', () => {
    after = events(a['events-cmd']);
    return Object.keys(after).some((id) => after[id] > (before[id] || 0)) || after;
  });
  const grown = Object.keys(after).filter((id) => after[id] > (before[id] || 0));
  await until('the page shows the new count without a reload', async () =>
    same(await shown(page), after) || { page: await shown(page), events: after });
  if (!(await page.evaluate(() => window.__sameDocument === true))) fail('the page was reloaded');
  await until('the counters show', async () => {
    const c = await page.evaluate(() => ['rate', 'items', 'dupshare', 'nevents'].map((id) => document.getElementById(id).textContent));
    return (/^\d+(\.\d)?$/.test(c[0]) && Number(c[1]) > 0 && /%$/.test(c[2]) && Number(c[3]) === Object.keys(after).length) || c;
  });
  console.log(`ok: without a reload the page shows ${grown.map((id) => `${id}: ${before[id] || 0} -> ${after[id]}`).join(', ')}`);

  // 3. HTML in titles is text
  await until('the HTML titles show in the stream', async () => {
    const titles = await page.$$eval('#stream .it-title', (ts) => ts.map((t) => t.textContent));
    return (titles.some((t) => t.includes('<script>')) && titles.some((t) => t.includes('<img'))) || titles.slice(0, 5);
  });
  const xss = await page.evaluate(() => ({
    ran: window.__xss,
    scripts: document.querySelectorAll('body script').length,
    imgs: document.querySelectorAll('body img').length,
    js: document.querySelectorAll('a[href^="javascript:" i]').length,
    hrefs: [...document.querySelectorAll('a[href]')].filter((x) => !/^https?:/.test(x.href)).length,
  }));
  if (xss.ran !== undefined) fail('a script from a title ran: window.__xss = ' + xss.ran);
  if (xss.scripts || xss.imgs) fail(`a title became markup: ${xss.scripts} script, ${xss.imgs} img elements`);
  if (xss.js || xss.hrefs) fail(`a link that is not http(s): ${xss.js} javascript:, ${xss.hrefs} other`);
  console.log('ok: titles made of <script> and <img onerror> show as text; nothing ran; no javascript: link');

  // 4. an event's reports
  const id = grown[0];
  await page.click(`#events > li[data-id="${id}"] .ev-row`);
  await until(`the reports of ${id} show`, async () => {
    const n = await page.$$eval(`#events > li[data-id="${id}"] .reports > li`, (l) => l.length);
    return n === after[id] || n;
  });
  const escaped = await page.$$eval(`#events > li[data-id="${id}"] .reports .rep-title`,
    (ts) => ts.some((t) => t.textContent.includes('<script>')));
  if (!escaped) fail(`the new report's HTML title is not among the reports of ${id}, as text`);
  console.log(`ok: a click on ${id} shows its ${after[id]} reports, the HTML title as text`);

  await noSideScroll(page, 'laptop 1280x800');
  await page.screenshot({ path: `${a.shots}/board-laptop.png` });

  // 5. a phone
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p2 = await phone.newPage();
  p2.on('pageerror', (e) => problems.push('page error (phone): ' + e.message));
  await p2.goto(a.url);
  await until('the phone page lists the events', async () => same(await shown(p2), after) || await shown(p2));
  await noSideScroll(p2, 'phone 390x844');
  await p2.screenshot({ path: `${a.shots}/board-phone.png` });
  await p2.click(`#events > li[data-id="${id}"] .ev-row`);
  await until('the phone page shows the reports', async () =>
    (await p2.$$eval('.reports > li', (l) => l.length)) > 0);
  await noSideScroll(p2, 'phone 390x844, reports open');
  await p2.screenshot({ path: `${a.shots}/board-phone-reports.png` });
  await p2.$eval('#stream', (s) => s.scrollIntoView());
  await p2.screenshot({ path: `${a.shots}/board-phone-stream.png` });
  console.log(`ok: screenshots in ${a.shots}: board-laptop.png, board-phone.png, board-phone-reports.png, board-phone-stream.png`);

  if (problems.length) fail('the page logged errors: ' + problems.join('; '));
  console.log('ok: no error in the page');
}

main().catch((e) => fail(e.stack || String(e)));
