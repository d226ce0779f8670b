/**
 * The one language rule of every element: its own `lang`, else the nearest ancestor's `[lang]` (crossing shadow
 * roots, so a view inside the atlas follows the page), else English.
 */
export function elementLang(element: Element): string {
  // The property first: Lit reflects a `lang` set before connecting only after the first update has begun.
  const own = (element as HTMLElement).lang;
  if (typeof own === 'string' && own) return validLang(own);
  for (const node of selfAndAncestors(element)) {
    const lang = node.getAttribute('lang');
    if (lang) return validLang(lang);
  }
  return 'en';
}

/** The element, then its ancestors up to the document, crossing shadow roots to their hosts. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Element | null = element;
  while (node) {
    yield node;
    if (node.parentElement) {
      node = node.parentElement;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
}

const canonical = new Map<string, string>();

/**
 * A BCP 47 tag `Intl` accepts, canonicalised (`en_US` is read as `en-US`); anything else is English, so a page's
 * malformed `lang` never makes `Intl` throw inside a view.
 */
export function validLang(tag: string): string {
  let valid = canonical.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      valid = 'en';
    }
    if (canonical.size < 256) canonical.set(tag, valid);
  }
  return valid;
}

/** Languages written right to left (primary subtags). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export type TextDirection = 'ltr' | 'rtl';

/** The direction a language is written in; left to right for anything unknown or malformed. */
export function languageDirection(lang: string): TextDirection {
  return RIGHT_TO_LEFT.has(lang.toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

/**
 * The element's layout direction: the nearest `dir="ltr|rtl"` or `lang` (crossing shadow roots), whichever comes
 * first, so `<html lang="ar">`, `dir="rtl"` on any ancestor and `<relations-atlas lang="he">` all mirror the layout.
 */
export function elementDirection(element: Element): TextDirection {
  // Properties first: Lit reflects `dir` and `lang` set on the element only after it has rendered.
  const ownDir = String((element as HTMLElement).dir ?? '').toLowerCase();
  if (ownDir === 'rtl' || ownDir === 'ltr') return ownDir;
  const own = (element as HTMLElement).lang;
  if (typeof own === 'string' && own) return languageDirection(own);
  for (const node of selfAndAncestors(element)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    const lang = node.getAttribute('lang');
    if (lang) return languageDirection(lang);
  }
  return 'ltr';
}
