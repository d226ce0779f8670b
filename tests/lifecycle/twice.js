// Loads the drop-in bundle twice (two URLs, so two module instances: two Lits, two Leaflets, two registries of
// nothing) and the ES module sources, as a page with two embeds from different builds would. Each copy defines the
// elements only if no copy has yet; the second copy's classes also get names of their own here, so that elements of
// both copies share the page. Errors and Content-Security-Policy violations are recorded for the test. (The sources
// are TypeScript: the page runs on the test and dev servers, which compile them.)
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageErrors.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});

const copies = {};
for (const [name, url] of [
  ['first', '/dist/relations-atlas.bundle.js'],
  ['second', '/dist/relations-atlas.bundle.js?copy=2'],
  ['sources', '/src/index.ts'],
]) {
  try {
    copies[name] = await import(url);
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
