#!/usr/bin/env node
// `npx relations-atlas check FILE…` / `convert IN --to relations-json`: the package's data layer on the command line.
// The logic is dist/esm/cli/run-cli.js (src/cli/run-cli.ts), built by `npm run build` and shipped in the package.
import { readFileSync, writeFileSync } from 'node:fs';

let runCli;
try {
  ({ runCli } = await import('../dist/esm/cli/run-cli.js'));
} catch (error) {
  console.error(`relations-atlas: the built files are missing (${error.message}); in a clone, run npm run build first`);
  process.exit(2);
}

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
