// Loads a `carecert diff --format html` page in headless Chromium and checks what
// a reviewer sees: every change of the JSON diff in one entry (renumberings with one
// cause share one), the counter, a filter that hides one kind, direction and
// language. Saves a screenshot.
// Usage: node .ci/check-html.mjs PAGE.html DIFF.json SCREENSHOT.png
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [page_file, json_file, shot] = process.argv.slice(2);
const diff = JSON.parse(readFileSync(json_file, 'utf8'));
const fail = (msg) => { console.error(`${page_file}: ${msg}`); process.exit(1); };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(page_file)).href);
  if (requests.length) fail(`fetches ${requests.join(', ')}; the page must be self-contained`);

  const visible = () => page.$$eval('.change', (els) => els.filter((e) => e.offsetParent !== null).length);
  // One entry per change, except renumberings with one cause, which share an
  // entry: every change's key is in exactly one entry, of its own kind.
  const entries = await page.$$eval('.change', (els) =>
    els.map((e) => ({ kind: e.dataset.kind, keys: (e.dataset.keys || e.dataset.key || '').split(' ') })));
  const where = new Map();
  for (const e of entries) for (const k of e.keys) {
    if (where.has(k)) fail(`change ${k} is in the page twice`);
    where.set(k, e.kind);
  }
  for (const c of diff.changes) {
    if (!where.has(c.key)) fail(`change ${c.key} is not in the page`);
    if (where.get(c.key) !== c.kind) fail(`change ${c.key} is shown as ${where.get(c.key)}`);
  }
  if (where.size !== diff.changes.length) fail(`the page has ${where.size} changes, the diff ${diff.changes.length}`);
  const total = entries.length;
  const shown = async () => Number(await page.textContent('#shown'));
  if ((await visible()) !== total || (await shown()) !== total) fail('not every change is shown at first');

  // Untick the most frequent kind: exactly its entries disappear.
  const counts = {};
  for (const e of entries) counts[e.kind] = (counts[e.kind] || 0) + 1;
  const [kind, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  await page.click(`.filters input[value="${kind}"]`);
  if ((await visible()) !== total - n) fail(`hiding ${kind} left ${await visible()} of ${total} visible`);
  if ((await shown()) !== total - n) fail('the counter did not follow the filter');
  await page.click(`.filters input[value="${kind}"]`);
  if ((await visible()) !== total) fail(`showing ${kind} again did not bring it back`);

  const lang = await page.getAttribute('html', 'lang');
  const dir = await page.getAttribute('html', 'dir');
  if (lang !== diff.locale) fail(`html lang is ${lang}, expected ${diff.locale}`);
  const rtl = ['ar', 'ur', 'fa', 'he'].includes(diff.locale.split('-')[0]);
  if ((dir === 'rtl') !== rtl) fail(`html dir is ${dir}`);
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`${page_file}: ${total} changes, filter on "${kind}" hides ${n}, lang=${lang} dir=${dir}`);
} finally {
  await browser.close();
}
