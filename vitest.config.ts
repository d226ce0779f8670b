import { defineConfig } from 'vitest/config';

// vite 8 leaves TC39 decorators untranspiled with its default transformer (oxc); esbuild handles them.
export default defineConfig({
  oxc: false,
  esbuild: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
