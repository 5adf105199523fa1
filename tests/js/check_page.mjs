// Opens a geokg HTML page in Debian's headless Chromium, uses it as a person
// would, and prints what happened as one JSON object (tests/html.rs asserts on it).
//
//   node check_page.mjs PAGE.html [--click-edge] [--search NAME] [--screenshot OUT.png]
//                         [--uncheck LABEL]... [--since YYYY-MM-DD] [--pan-zoom]
//
// --click-edge  clicks the first drawn arrow that the mouse can reach and
//               reports the detail panel's text;
// --search      types NAME into the search box, presses Enter and reports the
//               selected node and the detail panel;
// --screenshot  saves a 1400x860 picture after the clicks (before the search);
// --uncheck     then unticks the filter box labelled LABEL (repeatable), and
// --since       sets the first date, and reports what is drawn afterwards;
// --pan-zoom    first turns the wheel, drags the background and drags a node,
//               and reports the view's transform and the node's place after each.
//
// Chromium comes from Debian (apt-get install chromium), never a download:
// set CHROMIUM to use another binary.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function usage(message) {
  console.error(`check_page.mjs: ${message}`);
  console.error('usage: node check_page.mjs PAGE.html [--click-edge] [--search NAME] [--screenshot OUT.png] [--uncheck LABEL]... [--since DATE] [--pan-zoom]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { page: null, clickEdge: false, search: null, screenshot: null, uncheck: [], since: null, panZoom: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--click-edge') options.clickEdge = true;
    else if (arg === '--search') options.search = argv[++i] ?? usage('--search needs a name');
    else if (arg === '--screenshot') options.screenshot = argv[++i] ?? usage('--screenshot needs a file');
    else if (arg === '--uncheck') options.uncheck.push(argv[++i] ?? usage('--uncheck needs a label'));
    else if (arg === '--pan-zoom') options.panZoom = true;
    else if (arg === '--since') options.since = argv[++i] ?? usage('--since needs a date');
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.page === null) options.page = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.page === null) usage('no page given');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`check_page.mjs: no Chromium at ${chromium}; install it with: apt-get install -y chromium`);
  process.exit(3);
}
let playwright;
try {
  playwright = await import('playwright-core');
} catch (error) {
  console.error(`check_page.mjs: playwright-core is missing; run: (cd tests/js && npm ci) (${error.message})`);
  process.exit(3);
}

// Chromium here has no network: without these flags it keeps trying to reach
// Google's services in the background (see the machine notes).
const browser = await playwright.chromium.launch({
  executablePath: chromium,
  headless: true,
  timeout: 60000,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

const report = {
  consoleErrors: [],
  pageErrors: [],
  dialogs: [],
  requests: [],
  failedRequests: [],
  blockedRequests: [],
};

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const pageUrl = pathToFileURL(resolve(options.page)).href;

  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  page.on('dialog', async (dialog) => {
    report.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('requestfailed', (request) => {
    report.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  // The page must need nothing but itself: anything else is recorded and refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    report.requests.push(url);
    if (url === pageUrl) return route.continue();
    report.blockedRequests.push(url);
    return route.abort();
  });

  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForSelector('#graph g.node', { state: 'attached' }).catch(() => {});

  const counts = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('geokg-data').textContent);
    return {
      dataNodes: (data.nodes || []).length,
      dataEvents: (data.events || []).length,
      nodeElements: document.querySelectorAll('#graph g.node').length,
      edgeElements: document.querySelectorAll('#graph g.edge').length,
      scriptElements: document.querySelectorAll('script').length,
      summary: document.getElementById('summary').textContent,
      notice: document.getElementById('notice').hidden ? null : document.getElementById('notice').textContent,
    };
  });
  Object.assign(report, counts);

  if (options.panZoom) report.panZoom = await panAndZoom(page);
  if (options.clickEdge) report.edgeClick = await clickFirstEdge(page);
  if (options.screenshot) await page.screenshot({ path: options.screenshot });
  if (options.search !== null) report.search = await search(page, options.search);
  if (options.uncheck.length || options.since) report.filtered = await filter(page, options);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));

// Clicks the first arrow that the mouse can actually hit (not under a node).
async function clickFirstEdge(page) {
  const target = await page.evaluate(() => {
    for (const edge of document.querySelectorAll('#graph g.edge')) {
      const path = edge.querySelector('.edge-hit');
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM();
      for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const point = path.getPointAtLength(length * fraction).matrixTransform(matrix);
        const hit = document.elementFromPoint(point.x, point.y);
        if (hit && hit.closest('g.edge') === edge) {
          return {
            x: point.x,
            y: point.y,
            source: edge.getAttribute('data-source'),
            target: edge.getAttribute('data-target'),
          };
        }
      }
    }
    return null;
  });
  if (!target) return { clicked: false, reason: 'no arrow can be reached by the mouse' };
  await page.mouse.click(target.x, target.y);
  return {
    clicked: true,
    source: target.source,
    target: target.target,
    selected: await page.evaluate(() => document.querySelectorAll('#graph g.edge.selected').length),
    details: await page.textContent('#details'),
  };
}

async function search(page, name) {
  await page.fill('#search', name);
  await page.press('#search', 'Enter');
  return page.evaluate(() => ({
    selected: document.querySelector('#graph g.node.selected')?.getAttribute('data-id') ?? null,
    result: document.getElementById('search-result').textContent,
    heading: document.querySelector('#details h2')?.textContent ?? null,
    details: document.getElementById('details').textContent,
  }));
}

// Unticks filter boxes by their label and sets the first date, as a person would.
async function filter(page, options) {
  for (const label of options.uncheck) {
    await page.locator('#controls label', { hasText: label }).first().locator('input').uncheck();
  }
  if (options.since) await page.fill('#since', options.since);
  return page.evaluate(() => ({
    edgeElements: document.querySelectorAll('#graph g.edge').length,
    pairs: [...document.querySelectorAll('#graph g.edge')].map((e) => [e.getAttribute('data-source'), e.getAttribute('data-target')]),
    fadedNodes: document.querySelectorAll('#graph g.node.faded').length,
    result: document.getElementById('filter-result').textContent,
  }));
}

// Wheel, background drag and node drag with the real mouse.
async function panAndZoom(page) {
  const view = () => page.evaluate(() => document.getElementById('viewport').getAttribute('transform'));
  const box = await page.locator('#graph').boundingBox();
  const before = await view();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  const zoomed = await view();
  // Background to drag: the first point near the drawing's edges that hits
  // no node or edge (after zooming in, a corner may hold one).
  const start = await page.evaluate((b) => {
    const svg = document.getElementById('graph');
    for (let y = b.y + 6; y < b.y + b.height - 50; y += 20) {
      for (const x of [b.x + 6, b.x + b.width - 70]) {
        const hit = document.elementFromPoint(x, y);
        if (hit && svg.contains(hit) && !hit.closest('g.node') && !hit.closest('.edge')) return { x, y };
      }
    }
    return { x: b.x + 6, y: b.y + 6 };
  }, box);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 5 });
  await page.mouse.up();
  const panned = await view();
  // A node the mouse can reach now (zooming may have moved others out of sight).
  const node = await page.evaluate(() => {
    for (const g of document.querySelectorAll('#graph g.node')) {
      const r = g.querySelector('.shape').getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('g.node') === g) return { id: g.getAttribute('data-id'), x, y, transform: g.getAttribute('transform') };
    }
    return null;
  });
  if (!node) return { before, zoomed, panned, node: null };
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  await page.mouse.move(node.x + 40, node.y + 30, { steps: 5 });
  await page.mouse.up();
  const moved = await page.evaluate((id) => [...document.querySelectorAll('#graph g.node')]
    .find((g) => g.getAttribute('data-id') === id).getAttribute('transform'), node.id);
  return {
    before,
    zoomed,
    panned,
    draggedNode: { id: node.id, before: node.transform, after: moved },
    viewAfterNodeDrag: await view(),
  };
}
