import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { cdpInputPlugin } from './scripts/wtr-cdp-input.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { leafletTrustedTypesDevServer, strictCspMiddleware } from './scripts/leaflet-trusted-types.mjs';

// Browser tests run in the machine's Chromium (never a downloaded one). CHROME_PATH overrides the path.
// Screenshot baselines live in tests/screenshots/baseline; `UPDATE_SCREENSHOTS=1 npm run test:browser` rewrites them.
/**
 * A Worker's address in the sources names its built file (`new URL('./check-worker.js', import.meta.url)`); the dev
 * server, which resolves `.js` to `.ts` only in imports, serves the TypeScript module for it.
 */
async function sourceWorkers(context, next) {
  if (
    /^\/src\/.+\.js$/.test(context.path) &&
    !existsSync(`.${context.path}`) &&
    existsSync(`.${context.path.slice(0, -3)}.ts`)
  )
    context.url = `${context.path.slice(0, -3)}.ts${context.querystring ? `?${context.querystring}` : ''}`;
  return next();
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), countReporter('.test-results/wtr.json')],
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
  middleware: [strictCspMiddleware(), sourceWorkers],
  plugins: [
    leafletTrustedTypesDevServer(),
    cdpInputPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    visualRegressionPlugin({
      baseDir: 'tests/screenshots',
      update: process.env.UPDATE_SCREENSHOTS === '1',
      diffOptions: { threshold: 0.2 },
      failureThresholdType: 'percent',
      failureThreshold: 1,
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
};
