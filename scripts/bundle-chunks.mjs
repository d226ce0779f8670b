// The drop-in bundle's chunks and what each imports, known only once rollup has split them: written into the loader
// (src/bundle.ts, so that a chunk that fails to load can be named) and beside it as dist/bundle-chunks.json, from
// which `npm run size` counts what each page loads.
import MagicString from 'magic-string';

const PLACEHOLDER = /(["'`])__RELATIONS_ATLAS_CHUNK_FILES__\1/g;

/** Rollup plugin; list it before the minifier, so that the file list is a plain string literal when it runs. */
export function bundleChunks({ manifest = 'bundle-chunks.json' } = {}) {
  return {
    name: 'bundle-chunks',
    // The file names here still hold rollup's hash placeholders; rollup replaces them in the final code.
    renderChunk(code, _chunk, _options, { chunks }) {
      if (!code.includes('__RELATIONS_ATLAS_CHUNK_FILES__')) return null;
      const entries = {};
      const imports = {};
      for (const chunk of Object.values(chunks)) {
        // The basemap's 1:50m regions are fetched by the basemap, which keeps the 1:110m shapes if one fails: the
        // loader never names them, and a dozen names would cost every page 0.3 kB.
        if (chunk.isDynamicEntry && !chunk.name.startsWith('basemap-detail-')) {
          if (entries[chunk.name]) this.error(`two dynamically imported chunks are named "${chunk.name}"`);
          entries[chunk.name] = chunk.fileName;
        }
        if (chunk.imports.length > 0) imports[chunk.fileName] = chunk.imports;
      }
      const literal = JSON.stringify(JSON.stringify({ entries, imports }));
      const text = new MagicString(code);
      for (const match of code.matchAll(PLACEHOLDER))
        text.overwrite(match.index, match.index + match[0].length, literal);
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const { name, isEntry, isDynamicEntry, imports, dynamicImports } = file;
        chunks[file.fileName] = { name, isEntry, isDynamicEntry, imports, dynamicImports };
      }
      this.emitFile({ type: 'asset', fileName: manifest, source: `${JSON.stringify({ chunks }, null, 2)}\n` });
    },
  };
}
