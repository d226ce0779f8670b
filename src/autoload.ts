/**
 * Loads the code of a custom element only once an element of its tag is in the document: one scan at start, then a
 * MutationObserver on the whole document for elements added later (by the parser, `createElement` + `append`, or
 * `innerHTML`). Elements inside shadow roots are their host's business: a composite imports the views it renders.
 */

/** How to load one tag: the chunk that defines it and the name rollup gave that chunk (its source file's name). */
export interface LazyElement {
  readonly chunk: string;
  readonly load: () => Promise<CustomElementConstructor>;
}

/** The bundle's files, written into it by the build (scripts/bundle-chunks.mjs), to name a file that fails to load. */
export interface ChunkFiles {
  /** chunk name → its file (relative to the bundle) */
  readonly entries: Readonly<Record<string, string>>;
  /** file → the files it imports statically */
  readonly imports: Readonly<Record<string, readonly string[]>>;
}

/** Starts watching `doc` for the tags in `elements`; returns `load(tag)`, which resolves to the tag's class. */
export function autoload(
  elements: ReadonlyMap<string, LazyElement>,
  files: ChunkFiles,
  base: string,
  doc: Document = document,
): (tag: string) => Promise<CustomElementConstructor> {
  const loading = new Map<string, Promise<CustomElementConstructor>>();
  const selector = [...elements.keys()].join(',');

  const load = (tag: string): Promise<CustomElementConstructor> => {
    const element = elements.get(tag);
    if (!element) return Promise.reject(new Error(`relations-atlas: this bundle has no <${tag}>`));
    let promise = loading.get(tag);
    if (!promise) {
      promise = element.load();
      loading.set(tag, promise);
      promise.catch((error: unknown) => reportUnloadable(tag, element.chunk, files, base, error));
    }
    return promise;
  };

  const found = (tag: string) => {
    // Another copy of the library may have defined the tag already: then its code serves, and ours is not needed.
    if (loading.has(tag) || doc.defaultView?.customElements.get(tag)) return;
    load(tag).catch(() => undefined); // reported by load()
    if (loading.size === elements.size) observer.disconnect();
  };
  const scan = (root: Element | Document) => {
    if (root.nodeType === Node.ELEMENT_NODE && elements.has((root as Element).localName))
      found((root as Element).localName);
    for (const element of root.querySelectorAll(selector)) found(element.localName);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  scan(doc);
  return load;
}

/**
 * A chunk that fails to load fails loudly, naming the file. The browser's error names only the chunk asked for, even
 * when a file it imports is the one missing, so each file it needs is asked for on its own: the missing ones are
 * those that fail while all they import loads.
 */
async function reportUnloadable(
  tag: string,
  chunk: string,
  files: ChunkFiles,
  base: string,
  error: unknown,
): Promise<void> {
  const entry = files.entries[chunk];
  const needed = entry ? filesNeeded(entry, files.imports) : [];
  const settled = await Promise.allSettled(needed.map((file) => import(new URL(file, base).href)));
  const failed = new Set(needed.filter((_, i) => settled[i].status === 'rejected'));
  const missing = [...failed].filter(
    (file) => !(files.imports[file] ?? []).some((dependency) => failed.has(dependency)),
  );
  const named = (missing.length ? missing : entry ? [entry] : [`the "${chunk}" chunk`]).map(
    (file) => new URL(file, base).href,
  );
  console.error(
    `relations-atlas: <${tag}> could not be defined: ${named.join(', ')} could not be loaded. ` +
      'Serve every dist/relations-atlas*.js file from the folder of relations-atlas.bundle.js.',
    error,
  );
}

/** `entry` and every file it imports, directly or not. */
function filesNeeded(entry: string, imports: ChunkFiles['imports']): string[] {
  const seen = new Set([entry]);
  for (const file of seen) for (const dependency of imports[file] ?? []) seen.add(dependency);
  return [...seen];
}
