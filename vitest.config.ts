import { defineConfig } from 'vitest/config';

// TypeScript is transpiled with esbuild, as in the build and the browser tests (vite 8's default transformer, oxc, is
// switched off: it left TC39 decorators untranspiled when the elements used them).
export default defineConfig({
  oxc: false,
  esbuild: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
