// The drop-in bundle's module Worker (src/data/check-worker.ts): `new URL('./check-worker.js', import.meta.url)` in a
// source module becomes the address of a file of its own beside the bundle, built here with everything it imports
// (so that pages which never start it carry none of it and lose no chunk to it), named by a hash of its code. A
// strict page then needs only `worker-src 'self'`: no blob:, no eval. The npm build (preserveModules) keeps the
// expression as written, beside dist/esm/data/check-worker.js, where a user's bundler recognises it.
import { createHash } from 'node:crypto';
import MagicString from 'magic-string';
import { rollup } from 'rollup';

const WORKER_URL = /new URL\((['"])\.\/([\w-]+)\.js\1,\s*import\.meta\.url\)/g;

/**
 * Rollup plugin. `workers`: the worker modules' names (without .js); `plugins()`: the plugins each worker is built with
 * (one file: its dynamic imports inlined).
 */
export function workerChunks({ workers = ['check-worker'], plugins }) {
  const built = new Map();
  async function build(context, id, name) {
    const bundle = await rollup({
      input: id,
      plugins: plugins(),
      onwarn(warning, warn) {
        if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((file) => file.includes('node_modules')))
          return;
        warn(warning);
      },
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    for (const file of bundle.watchFiles ?? []) context.addWatchFile(file);
    const code = output[0].code;
    const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
    return context.emitFile({ type: 'asset', fileName: `relations-atlas.${name}-${hash}.js`, source: code });
  }
  return {
    name: 'worker-chunks',
    async transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      let text = null;
      for (const match of code.matchAll(WORKER_URL)) {
        const name = match[2];
        if (!workers.includes(name)) continue;
        const resolved = await this.resolve(`./${name}.js`, id);
        if (!resolved) this.error(`worker-chunks: ./${name}.js not found from ${id}`);
        if (!built.has(resolved.id)) built.set(resolved.id, build(this, resolved.id, name));
        const reference = await built.get(resolved.id);
        text ??= new MagicString(code);
        text.overwrite(match.index, match.index + match[0].length, `new URL(import.meta.ROLLUP_FILE_URL_${reference})`);
      }
      return text && { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}
