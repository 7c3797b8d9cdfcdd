// The demo page in a real headless Chromium: a secretary types a duplicate case number and
// leaves an elected body without a quorum, and the right findings appear by the right
// fields, a finding shared by items once; new items get the next free number; the
// contributions table fills (the cost module beside the forms module). Changing the date or
// the body loses nothing typed; the bokmål form shows no English and no decimal point; every
// input has a label; the page fits a phone. Screenshots go to tests/output/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile, mkdir } from 'node:fs/promises';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(join(root, 'bindings-wasm', 'package.json'))('playwright-core');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

let server;
let browser;
let base;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A page of the demo, ready, that collects page errors and console errors. */
async function open(viewport = { width: 1200, height: 1400 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${base}/bindings-wasm/demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

async function setDate(page, date) {
  await page.fill('#date', date);
  await page.dispatchEvent('#date', 'change');
}

const findingsAt = (page, path) => page.locator(`[data-path="${path}"] > .findings li, [data-path="${path}"] > td > .findings li, [data-path="${path}"] > .row + .findings li`);

test('findings appear by the fields they are about, as the secretary types', async () => {
  const { page, errors } = await open();

  // A KDU meeting in January 2023, with a second item numbered like the first.
  await setDate(page, '2023-01-20');
  // The library proposes the body's next free number for each new item.
  assert.equal(await page.inputValue('#item-0-number'), 'KDU 1/2023');
  await page.click('#add-item');
  assert.equal(await page.inputValue('#item-1-number'), 'KDU 2/2023');
  await page.fill('#item-1-number', 'KDU 1/23');
  const duplicate = page.locator('[data-path="agenda.1.number"] .findings li[data-code="case_number.duplicate"]');
  await duplicate.waitFor();
  // Where the number was used, in the form's own words and date format, and what to do.
  assert.equal(await duplicate.textContent(), 'Saksnummeret KDU 1/23 er allerede brukt, på sak 1 i møtet 20.01.2023: gi saken et annet nummer');
  assert.equal(await page.locator('[data-path="agenda.0.number"] .findings li').count(), 0);

  // The working committee (elected, three seats) with everyone absent cannot decide.
  await page.selectOption('#body', 'au');
  for (const select of await page.locator('#attendance select').all()) await select.selectOption('absent_with_notice');
  // The working committee numbers without a prefix, after the 1 typed (KDU 1/23 is flagged
  // as another body's). Both items share the finding: it is said once, for the meeting, and both are marked.
  const quorum = page.locator('#meeting-findings li[data-code="quorum.not_met"]');
  await quorum.waitFor();
  assert.equal(await quorum.count(), 1);
  assert.equal(await quorum.getAttribute('class'), 'error');
  assert.match(await quorum.textContent(), /^Organet var ikke vedtaksført: 0 av 3 plasser talte, 2 trengs.*§ 11-9.*Gjelder 2\/2023, KDU 1\/23\.$/);
  assert.equal(await page.locator('#agenda .item.marked').count(), 2);
  assert.equal(await page.locator('#agenda .item .quorum .mark[data-code="quorum.not_met"]').count(), 2);
  assert.equal(await page.locator('#agenda .findings li[data-code="quorum.not_met"]').count(), 0);
  // A remote meeting of an elected body that the council has not authorised.
  assert.equal(await page.locator('[data-path="remote"] .findings li[data-code="meeting.remote_not_authorised"]').count(), 1);

  // The same in English.
  await page.selectOption('#lang', 'en');
  await page.locator('#meeting-findings li[data-code="quorum.not_met"]').waitFor();
  assert.match(await page.locator('#meeting-findings li[data-code="quorum.not_met"]').textContent(), /^The body could not decide: 0 of 3 seats counted, 2 needed.*Applies to 2\/2023, KDU 1\/23\.$/);

  // Contributions for the council's municipalities, to the øre, in the form's language.
  assert.equal(await page.locator('#contributions tr[data-municipality]').count(), 10);
  assert.match(await page.locator('#contributions tr[data-municipality="5059"]').textContent(), /NOK 534,528\.36\s*22\.272%/);
  assert.match(await page.locator('#contributions tr[data-total]').textContent(), /NOK 2,400,000\.00\s*100\.000%/);

  await mkdir(join(root, 'tests', 'output'), { recursive: true });
  await page.screenshot({ path: join(root, 'tests', 'output', 'demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('changing the date or the body loses nothing typed', async () => {
  const { page, errors } = await open();
  page.on('dialog', (dialog) => dialog.accept());
  await setDate(page, '2023-01-20');
  await page.fill('#item-0-title', 'Godkjenning av innkalling og saksliste');
  await page.click('#add-item');
  await page.fill('#item-1-title', 'Budsjett 2024');
  await page.selectOption('#item-1-kind', 'substantive');
  await page.click('#add-item');
  await page.fill('#item-2-number', 'KDU 9/2023');
  await page.fill('#item-2-title', 'Eventuelt');
  await page.selectOption('#item-2-kind', 'noted');
  const kdu = await page.locator('#attendance tr td:first-child').allTextContents();
  await page.locator('#attendance tr').nth(1).locator('select').selectOption('absent_with_notice');

  const items = async () => Promise.all([0, 1, 2].map(async (i) => [
    await page.inputValue(`#item-${i}-number`), await page.inputValue(`#item-${i}-title`), await page.inputValue(`#item-${i}-kind`)]));
  const statuses = async () => page.locator('#attendance select').evaluateAll((all) => all.map((s) => s.value));

  // Another date in another year: every item stays; the proposed numbers follow the year,
  // the typed one stays as typed; the status set stays.
  await setDate(page, '2024-02-02');
  assert.deepEqual(await items(), [
    ['KDU 1/2024', 'Godkjenning av innkalling og saksliste', 'approval'],
    ['KDU 2/2024', 'Budsjett 2024', 'substantive'],
    ['KDU 9/2023', 'Eventuelt', 'noted'],
  ]);
  assert.equal((await statuses())[1], 'absent_with_notice');

  // Another body asks first (a status was set), then keeps the items, numbered for it.
  let asked = 0;
  page.on('dialog', () => { asked += 1; });
  await page.selectOption('#body', 'au');
  assert.equal(asked, 1);
  assert.deepEqual((await items()).map(([, title, kind]) => [title, kind]), [
    ['Godkjenning av innkalling og saksliste', 'approval'],
    ['Budsjett 2024', 'substantive'],
    ['Eventuelt', 'noted'],
  ]);
  // The working committee numbers without a prefix; the typed number of 2023 is not its 2024's.
  assert.deepEqual((await items()).map(([number]) => number), ['1/2024', '2/2024', 'KDU 9/2023']);
  assert.notDeepEqual(await page.locator('#attendance tr td:first-child').allTextContents(), kdu);

  // Back to the first body: its attendance as it was set.
  await page.selectOption('#body', 'kdu');
  assert.deepEqual(await page.locator('#attendance tr td:first-child').allTextContents(), kdu);
  assert.equal((await statuses())[1], 'absent_with_notice');
  assert.equal(await page.inputValue('#item-1-title'), 'Budsjett 2024');
  assert.deepEqual(errors, []);
});

test('a body change the user declines changes nothing', async () => {
  const { page } = await open();
  page.on('dialog', (dialog) => dialog.dismiss());
  await page.locator('#attendance select').first().selectOption('absent');
  await page.selectOption('#body', 'au');
  assert.equal(await page.inputValue('#body'), 'kdu');
  assert.equal(await page.locator('#attendance select').first().inputValue(), 'absent');
});

test('money and shares the form cannot use are findings at the field typed', async () => {
  const { page, errors } = await open();
  const at = (field) => page.locator(`[data-cost="${field}"] .findings li`);
  for (const [amount, expected] of [
    ['2,4 mill', /^«2,4 mill» er ikke et beløp i kroner\. Skriv beløpet med tall/],
    ['-100', /^Beløpet kr -100,00 er negativt/],
  ]) {
    await page.fill('#amount', amount);
    await at('amount').first().waitFor();
    assert.match(await at('amount').first().textContent(), expected, amount);
    assert.equal(await page.locator('#contributions tr').count(), 0, amount);
    assert.equal(await page.locator('#cost-findings li').count(), 0, amount);
  }
  await page.fill('#amount', '2 400 000');
  await page.fill('#equal', '140');
  await at('equal').first().waitFor();
  assert.match(await at('equal').first().textContent(), /^Likt \(%\) er 140 %, men kan være høyst 100 %/);
  assert.equal(await at('amount').count(), 0);
  await page.fill('#equal', '33,5');
  await page.locator('#contributions tr[data-total]').waitFor();
  assert.equal(await at('equal').count(), 0);
  assert.match(await page.locator('#contributions tr[data-total]').textContent(), /kr 2 400 000,00\s*100,000 %/);
  assert.deepEqual(errors, []);
});

test('the bokmål form shows no English word and no decimal point', async () => {
  const { page, errors } = await open();
  await setDate(page, '2023-01-20');
  await page.click('#add-item');
  await page.selectOption('#body', 'au');
  for (const select of await page.locator('#attendance select').all()) await select.selectOption('absent_with_notice');
  await page.locator('#meeting-findings li').first().waitFor();
  // Everything shown, the options of every list included, but the language switch itself.
  const shown = await page.evaluate(() => {
    const header = document.querySelector('header');
    const options = [...document.querySelectorAll('main option')].map((o) => o.textContent);
    return [document.title, ...[...document.body.children].filter((el) => el !== header && el.tagName !== 'SCRIPT').map((el) => el.innerText), ...options].join('\n');
  });
  const english = /\b(approval|noted|substantive|election|referral|postponed|present|absent|notice|item|items|case|title|decision|meeting|attendance|share|total|municipality|seats|body|equal|amount|year|the|of|and)\b/i;
  assert.doesNotMatch(shown, english);
  assert.doesNotMatch(shown, /\b[a-z]+_[a-z_]+\b/, 'a code shown as text');
  // A decimal with a point: digits, a point, digits, not part of a date such as 20.01.2023.
  assert.doesNotMatch(shown, /(?<![\d.])\d+\.\d+(?![\d.])/);
  assert.match(shown, /\d+,\d{3} %/, 'the shares are there, with a decimal comma');
  assert.deepEqual(errors, []);
});

test('every input has a label, and the form fits a phone 390 px wide', async () => {
  const { page, errors } = await open({ width: 390, height: 844 });
  await page.click('#add-item');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')]
    .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label'))
    .map((el) => el.id || el.outerHTML));
  assert.deepEqual(unlabelled, []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide`);
  await mkdir(join(root, 'tests', 'output'), { recursive: true });
  await page.screenshot({ path: join(root, 'tests', 'output', 'demo-390.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
