import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import base from './web-test-runner.config.mjs';

// A representative subset of the browser tests against production Lit: the `production` export condition resolves
// lit and @lit/reactive-element to their production builds (no dev-mode warnings or checks), as a bundler would for a
// release. `npm run test:browser:prod`.
export default {
  ...base,
  files: ['tests/browser/smoke.test.ts', 'tests/browser/timeline.test.ts', 'tests/browser/atlas.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  reporters: [defaultReporter(), countReporter('.test-results/wtr-prod.json')],
};
