// Leaflet 1.9.4 probes for inline SVG at import time with `div.innerHTML = '<svg/>'`, which throws on pages that
// enforce Trusted Types (`require-trusted-types-for 'script'`). Every browser we support has inline SVG, so the probe
// is replaced by its answer. Used by the rollup build and by the dev/test servers, so what is tested is what ships.
const PROBE =
  /var inlineSvg = !!svg\$1 && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/;

// The same probe in Leaflet's ES sources (src/core/Browser.js), which the map imports module by module.
const SOURCE_PROBE =
  /var inlineSvg = !!svg && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/;

export function patchLeaflet(code, id) {
  const [probe, answer] = /leaflet[\\/]dist[\\/]leaflet-src\.esm\.js/.test(id)
    ? [PROBE, 'var inlineSvg = !!svg$1;']
    : /leaflet[\\/]src[\\/]core[\\/]Browser\.js/.test(id)
      ? [SOURCE_PROBE, 'var inlineSvg = !!svg;']
      : [null, null];
  if (!probe) return null;
  if (!probe.test(code))
    throw new Error('leaflet-trusted-types: the inline-SVG probe was not found; check the Leaflet version');
  return code.replace(probe, answer);
}

/** Rollup plugin. */
export function leafletTrustedTypesRollup() {
  return {
    name: 'leaflet-trusted-types',
    transform(code, id) {
      const patched = patchLeaflet(code, id);
      return patched === null ? null : { code: patched, map: null };
    },
  };
}

/** @web/dev-server plugin (also used by web-test-runner). */
export function leafletTrustedTypesDevServer() {
  return {
    name: 'leaflet-trusted-types',
    transform(context) {
      if (typeof context.body !== 'string') return undefined;
      const patched = patchLeaflet(context.body, context.path);
      return patched === null ? undefined : { body: patched };
    },
  };
}

/** The Content-Security-Policy the library is tested under (see README, "Strict pages"). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // Large data files are checked in a module Worker, a file beside the bundle (see src/data/check-off-thread.ts).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html relations-atlas-worker',
].join('; ');

/** Dev-server middleware: pages under /tests/csp/ are served with the strict policy. */
export function strictCspMiddleware() {
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/tests/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  };
}
