/**
 * The one language rule of every element: its own `lang`, else the nearest ancestor's `[lang]` (crossing shadow
 * roots, so a view inside the atlas follows the page), else English.
 */
export function elementLang(element: Element): string {
  // The property first: Lit reflects a `lang` set before connecting only after the first update has begun.
  const own = (element as HTMLElement).lang;
  if (typeof own === 'string' && own) return own;
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (node.parentElement) {
      node = node.parentElement;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}
