// Every demo page as a reader sees it, at 1280 px and 390 px, in light, dark (the reader's system) and right to left
// (`<html dir="rtl" lang="ar">`): docs/screenshots/<page>-<width>-<mode>.jpg. Run: node scripts/screenshot-set.mjs
// [page …] (default: every page).
/* global document, requestAnimationFrame -- the callbacks below run in the page */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const PAGES =
  process.argv.length > 2 ? process.argv.slice(2) : ['index', 'story', 'article', 'embed', 'pair', 'timelinejs'];
const WIDTHS = [1280, 390];
const MODES = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  rtl: { colorScheme: 'light', init: "document.documentElement.dir = 'rtl'; document.documentElement.lang = 'ar';" },
};
const OUT = 'docs/screenshots';

const server = await startDemoServer();
const { port } = server;
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const page of PAGES) {
    for (const width of WIDTHS) {
      for (const [mode, { colorScheme, init }] of Object.entries(MODES)) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`${page} ${width} ${mode}: page error:`, error.message));
        if (init) await tab.addInitScript(`document.addEventListener('DOMContentLoaded', () => { ${init} });`);
        await tab.goto(`http://localhost:${port}/demo/${page}.html`);
        await tab.waitForLoadState('networkidle');
        // Every element on the page (also inside the atlas and the embed's frame) has drawn its data.
        await tab.waitForFunction(() => {
          const frames = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
          const all = frames.flatMap((d) =>
            d ? [...d.querySelectorAll('relations-atlas, relations-story, relations-timeline, relations-map')] : [],
          );
          return all.length > 0 && all.every((el) => el.loadedData);
        });
        // A story is shown as its reader sees it mid-way: step 5 at the reading line, the graphic following it.
        const story = page === 'story';
        if (story) {
          await tab.evaluate(
            () =>
              new Promise((resolve) => {
                const element = document.querySelector('relations-story');
                element.addEventListener('relations-step', (e) => e.detail.index === 4 && resolve(), { once: false });
                const step = element.shadowRoot.querySelectorAll('.step')[4];
                const rect = step.getBoundingClientRect();
                const graphic = element.shadowRoot.querySelector('.graphic').getBoundingClientRect();
                const top = graphic.width >= element.getBoundingClientRect().width - 50 ? graphic.height : 0;
                globalThis.scrollBy(0, rect.top + rect.height / 2 - (top + (globalThis.innerHeight - top) / 2));
              }),
          );
          // The views' moves are animated (0.6 s at most); the picture is taken once they have settled.
          await tab.waitForTimeout(1000);
        }
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const path = `${OUT}/${page}-${width}-${mode}.jpg`;
        await tab.screenshot({ path, fullPage: !story, type: 'jpeg', quality: 70 });
        console.log(`wrote ${path}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
