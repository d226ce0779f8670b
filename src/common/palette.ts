/**
 * Category colours shared by every view. Each is a CSS custom property (`--relations-color-<category>`) with a
 * default that keeps 3:1 contrast against both the light and the dark surface, so pages can re-theme any category.
 */

const DEFAULTS: Readonly<Record<string, string>> = {
  diplomacy: '#2563a8',
  visit: '#c2410c',
  parliament: '#7c3aed',
  economy: '#0f766e',
  transport: '#a16207',
  military: '#64748b',
  international: '#0369a1',
  culture: '#be185d',
  community: '#15803d',
};

const FALLBACKS = ['#2563a8', '#c2410c', '#0f766e', '#7c3aed', '#be185d', '#a16207', '#15803d', '#0369a1', '#64748b'];

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** The default colour of a category: its own, or a stable pick from the fallback cycle for unknown ids. */
export function defaultCategoryColor(category: string): string {
  return Object.hasOwn(DEFAULTS, category) ? DEFAULTS[category] : FALLBACKS[hash(category) % FALLBACKS.length];
}

/** A CSS colour value for a category, overridable with `--relations-color-<category>`. */
export function categoryColor(category: string): string {
  const safe = category.replace(/[^A-Za-z0-9_-]/g, '_');
  return `var(--relations-color-${safe}, ${defaultCategoryColor(category)})`;
}
