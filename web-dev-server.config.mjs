import { esbuildPlugin } from '@web/dev-server-esbuild';
import { leafletTrustedTypesDevServer, strictCspMiddleware } from './scripts/leaflet-trusted-types.mjs';

export default {
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  appIndex: undefined,
  middleware: [strictCspMiddleware()],
  plugins: [leafletTrustedTypesDevServer(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
