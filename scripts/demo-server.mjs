// The repository served as the demo pages need it (TypeScript compiled, Leaflet patched for Trusted Types), on a free
// port, for the screenshot scripts.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { leafletTrustedTypesDevServer } from './leaflet-trusted-types.mjs';

export async function startDemoServer() {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      nodeResolve: true,
      plugins: [leafletTrustedTypesDevServer(), esbuildPlugin({ ts: true, target: 'es2022' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { port: server.server.address().port, stop: () => server.stop() };
}
