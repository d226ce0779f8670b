// Renders a page of this repository in headless Chromium and saves a PNG: what a reader sees.
//   node scripts/screenshot.mjs demo/index.html docs/screenshot.png [--width 1280] [--height 1100] [--dark]
//   [--click 'css selector inside the atlas, e.g. relations-timeline >>> [data-event-id="x"]']
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const [path = 'demo/index.html', out = 'docs/screenshot.png', ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : fallback;
};
const width = Number(option('width', 1280));
const height = Number(option('height', 1100));
const dark = rest.includes('--dark');
const script = option('eval', null);

const server = await startDemoServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()));
  const { port } = server;
  await page.goto(`http://localhost:${port}/${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  if (script) {
    await page.evaluate(script);
    await page.waitForTimeout(1200);
  }
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
