// The demo page in a real headless Chromium: a secretary types a duplicate case number and
// leaves an elected body without a quorum, and the right findings appear by the right
// fields; new items get the next free number; the contributions table fills (the cost
// module beside the forms module); a screenshot goes to tests/output/.
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

test('findings appear by the fields they are about, as the secretary types', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/bindings-wasm/demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]');

  // A KDU meeting in January 2023, with a second item numbered like the first.
  await page.fill('#date', '2023-01-20');
  await page.dispatchEvent('#date', 'change');
  // The library proposes the body's next free number for each new item.
  assert.equal(await page.inputValue('[data-path="agenda.0.number"] input'), 'KDU 1/2023');
  await page.click('#add-item');
  assert.equal(await page.inputValue('[data-path="agenda.1.number"] input'), 'KDU 2/2023');
  await page.fill('[data-path="agenda.1.number"] input', 'KDU 1/23');
  const duplicate = page.locator('[data-path="agenda.1.number"] .findings li[data-code="case_number.duplicate"]');
  await duplicate.waitFor();
  assert.match(await duplicate.textContent(), /KDU 1\/23/);
  assert.equal(await page.locator('[data-path="agenda.0.number"] .findings li').count(), 0);

  // The working committee (elected, three seats) with everyone absent cannot decide.
  await page.selectOption('#body', 'au');
  for (const select of await page.locator('#attendance select').all()) await select.selectOption('absent_with_notice');
  const quorum = page.locator('[data-path="agenda.0"] > .findings li[data-code="quorum.not_met"]');
  await quorum.waitFor();
  assert.equal(await quorum.getAttribute('class'), 'error');
  assert.match(await quorum.textContent(), /0 av 3 plasser talte, 2 trengs.*§ 11-9/);
  // A remote meeting of an elected body that the council has not authorised.
  assert.equal(await page.locator('[data-path="remote"] .findings li[data-code="meeting.remote_not_authorised"]').count(), 1);

  // The same in English.
  await page.selectOption('#lang', 'en');
  await page.locator('[data-path="agenda.0"] > .findings li[data-code="quorum.not_met"]').waitFor();
  assert.match(await page.locator('[data-path="agenda.0"] > .findings li[data-code="quorum.not_met"]').textContent(), /The body could not decide: 0 of 3 seats counted, 2 needed/);

  // Contributions for the council's municipalities, to the øre.
  assert.equal(await page.locator('#contributions tr[data-municipality]').count(), 10);
  assert.match(await page.locator('#contributions tr[data-municipality="5059"]').textContent(), /kr 534 528,36/);

  await mkdir(join(root, 'tests', 'output'), { recursive: true });
  await page.screenshot({ path: join(root, 'tests', 'output', 'demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
