/** Placeholders Leaflet fills in a tile URL; any other would throw inside Leaflet on every tile request. */
const KNOWN = new Set(['s', 'z', 'x', 'y', '-y', 'r']);

/**
 * Why a tile URL template cannot be used, in words for the console, or null when it can: an http(s) URL whose only
 * placeholders are `{s} {z} {x} {y} {-y} {r}` (a placeholder Leaflet does not know, such as `{apikey}` or
 * `{hasOwnProperty}`, would throw on load and on every pan).
 */
export function tileTemplateProblem(template: string): string | null {
  if (!/^https?:\/\/[^/\s]/i.test(template)) return 'it is not an http(s) URL';
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) return `Leaflet cannot fill ${unknown.map((name) => `{${name}}`).join(', ')}`;
  if (/[{}]/.test(template.replace(/\{[^{}]*\}/g, ''))) return 'it has an unpaired brace';
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{-?y\}/.test(template))
    return 'it lacks {z}, {x} or {y}';
  return null;
}
