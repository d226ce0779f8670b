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

/** The categories of a data set, in its order: what tells other categories' colours apart. */
export interface CategorySet {
  readonly categories: readonly { readonly id: string }[];
}

/** Colours given to a data set's categories without one of their own, by the set. */
const assigned = new WeakMap<CategorySet, ReadonlyMap<string, string>>();

/**
 * Within one data set, categories without a colour of their own take the fallback colours in their order, first
 * those no known category of the set uses: up to nine unknown categories never share a colour (a hash could).
 */
function assignedColors(set: CategorySet): ReadonlyMap<string, string> {
  let colors = assigned.get(set);
  if (!colors) {
    const used = new Set(set.categories.filter((c) => Object.hasOwn(DEFAULTS, c.id)).map((c) => DEFAULTS[c.id]));
    const order = [...FALLBACKS.filter((c) => !used.has(c)), ...FALLBACKS.filter((c) => used.has(c))];
    const unknown = set.categories.filter((c) => !Object.hasOwn(DEFAULTS, c.id));
    colors = new Map(unknown.map((c, i) => [c.id, order[i % order.length]]));
    assigned.set(set, colors);
  }
  return colors;
}

/**
 * The default colour of a category: its own, else (given its data set) the one the set assigns it, else a stable
 * pick from the fallback cycle.
 */
export function defaultCategoryColor(category: string, set?: CategorySet | null): string {
  if (Object.hasOwn(DEFAULTS, category)) return DEFAULTS[category];
  return (set && assignedColors(set).get(category)) ?? FALLBACKS[hash(category) % FALLBACKS.length];
}

/** A CSS colour value for a category, overridable with `--relations-color-<category>`. */
export function categoryColor(category: string, set?: CategorySet | null): string {
  const safe = category.replace(/[^A-Za-z0-9_-]/g, '_');
  return `var(--relations-color-${safe}, ${defaultCategoryColor(category, set)})`;
}
