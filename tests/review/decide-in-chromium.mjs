// Drives a `carecert diff --format html` page in headless Chromium as a reviewer
// would: types a name, agrees to the first change, rejects the second with a
// comment, queries the third with a comment, then clicks "Save decisions" and
// writes the downloaded file to OUT.json. Fails if the page fetches anything.
// Usage: node tests/review/decide-in-chromium.mjs PAGE.html OUT.json
// PLAYWRIGHT_CORE names playwright-core's index.mjs (default: .ci/node_modules).
import { writeFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const core = process.env.PLAYWRIGHT_CORE || '.ci/node_modules/playwright-core/index.mjs';
const { chromium } = await import(pathToFileURL(resolve(core)).href);
const [pageFile, out] = process.argv.slice(2);
const fail = (msg) => { console.error(`${pageFile}: ${msg}`); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(pageFile)).href);
  const changes = page.locator('.change[data-key]');
  if ((await changes.count()) < 3) fail('fewer than three changes to decide');
  await page.fill('#reviewer', 'Dr Rao');
  await changes.nth(0).locator('button[data-decision=accepted]').click();
  await changes.nth(1).locator('button[data-decision=rejected]').click();
  await changes.nth(1).locator('textarea').fill('Not for our states.');
  await changes.nth(2).locator('button[data-decision=query]').click();
  await changes.nth(2).locator('textarea').fill('Which law is meant?');
  // Clicking a pressed button again takes the decision back.
  await changes.nth(3).locator('button[data-decision=accepted]').click();
  await changes.nth(3).locator('button[data-decision=accepted]').click();
  if ((await page.textContent('#decided')).trim() !== '3') fail('the counter does not say 3 decided');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#save-decisions'),
  ]);
  const path = await download.path();
  writeFileSync(out, readFileSync(path));
  if (requests.length) fail(`fetches ${requests.join(', ')}; the page must be self-contained`);
} finally {
  await browser.close();
}
