import { html, type TemplateResult } from 'lit';
import { richText, type RichNode } from './rich-text.js';

/**
 * A text's allowed HTML rebuilt as DOM through Lit: one template per allowed tag, data only ever in text positions
 * and in a checked `href`. No `innerHTML`, no `unsafeHTML`, whatever the text holds.
 */

type Rendered = string | TemplateResult;

function renderNode(node: RichNode): Rendered {
  if (typeof node === 'string') return node;
  const children = node.children.map(renderNode);
  switch (node.tag) {
    case 'p':
      return html`<p>${children}</p>`;
    case 'br':
      return html`<br />`;
    case 'a':
      return html`<a href=${node.href ?? ''} rel="noopener noreferrer" target="_blank">${children}</a>`;
    case 'em':
      return html`<em>${children}</em>`;
    case 'i':
      return html`<i>${children}</i>`;
    case 'strong':
      return html`<strong>${children}</strong>`;
    case 'b':
      return html`<b>${children}</b>`;
    case 'ul':
      // prettier-ignore
      return html`<ul>${children}</ul>`;
    case 'ol':
      // prettier-ignore
      return html`<ol>${children}</ol>`;
    case 'li':
      return html`<li>${children}</li>`;
    case 'blockquote':
      return html`<blockquote>${children}</blockquote>`;
    case 'cite':
      return html`<cite>${children}</cite>`;
    case 'q':
      return html`<q>${children}</q>`;
    case 'sub':
      return html`<sub>${children}</sub>`;
    case 'sup':
      return html`<sup>${children}</sup>`;
    case 'span':
      return html`<span>${children}</span>`;
  }
}

/** The rich text's nodes, for a Lit child position (a `<div>` or a `<figcaption>`: it may hold paragraphs and lists). */
export function renderRichText(text: string): Rendered[] {
  return richText(text).nodes.map(renderNode);
}
