import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  appIndex: undefined,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
