// Loads the library three times, as a page with embeds from different builds would: the drop-in bundle (its loader,
// which fetches each tag's chunk), the npm build (dist/esm, with its own Lit) and the ES module sources. Each copy
// defines the elements only if no copy has yet; the npm copy's classes also get names of their own here, so that
// elements of two copies share the page. Errors and Content-Security-Policy violations are recorded for the test.
// (The sources are TypeScript, and dist/esm imports its dependencies by name: the page runs on the test and dev
// servers, which compile and resolve them.)
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageErrors.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});

// The bundle first, and its classes awaited, so that it is the copy that defines the tags.
const bundle = async (url) => {
  const { load, getChannel } = await import(url);
  return { RelationsTimeline: await load('relations-timeline'), RelationsMap: await load('relations-map'), getChannel };
};
const copies = {};
for (const [name, copy] of [
  ['first', () => bundle('/dist/relations-atlas.bundle.js')],
  ['second', () => import('/dist/esm/index.js')],
  ['sources', () => import('/src/index.ts')],
]) {
  try {
    copies[name] = await copy();
  } catch (error) {
    window.pageErrors.push(`${name}: ${error}`);
  }
}
if (copies.second) {
  customElements.define('copy2-timeline', class extends copies.second.RelationsTimeline {});
  customElements.define('copy2-map', class extends copies.second.RelationsMap {});
}
window.copies = copies;
window.libraryLoaded = true;
