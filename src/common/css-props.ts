import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`), also on the first render, where
 * `styleMap` writes a style attribute string. Pages with a strict Content-Security-Policy (`style-src` without
 * `'unsafe-inline'`) block style attributes but allow the CSSOM. Names are CSS property names (`left`, `--c`).
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssProps() belongs in a style attribute binding');
    }
  }

  render(_props: Readonly<Record<string, string | number | null | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string | number | null | undefined>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) {
      if (props[name] === undefined || props[name] === null) style.removeProperty(name);
    }
    this.#previous.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === '') {
        style.removeProperty(name);
        continue;
      }
      this.#previous.add(name);
      const text = String(value);
      if (style.getPropertyValue(name) !== text) style.setProperty(name, text);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
