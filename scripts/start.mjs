// `npm start`: serves the repository with @web/dev-server (TypeScript transpiled on the fly) and prints the demo URL.
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({
  config: { rootDir: '.' },
  readCliArgs: false,
  readFileConfig: true,
  logStartMessage: false,
});
const { port } = server.config;
console.log(
  `\nrelations-atlas demo: http://localhost:${port}/demo/ (another pair of countries: /demo/pair.html)\n(Ctrl-C to stop)`,
);
