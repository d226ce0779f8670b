import { safeUrl } from '../data/safe-url.js';

/**
 * The small HTML subset a description may hold (TimelineJS texts are full of it), read inertly and kept as a plain
 * tree of allowed elements and text. Nothing here puts markup on a page: `render-rich-text.ts` rebuilds the tree
 * through Lit templates, and everything else uses `plain`, the text content.
 */

export type RichTag =
  | 'p'
  | 'br'
  | 'a'
  | 'em'
  | 'i'
  | 'strong'
  | 'b'
  | 'ul'
  | 'ol'
  | 'li'
  | 'blockquote'
  | 'cite'
  | 'q'
  | 'sub'
  | 'sup'
  | 'span';

export interface RichElement {
  readonly tag: RichTag;
  /** Only on `a`, and only an absolute http, https or mailto address. */
  readonly href?: string;
  readonly children: readonly RichNode[];
}

export type RichNode = string | RichElement;

export interface RichText {
  readonly nodes: readonly RichNode[];
  /** The text content, blocks separated by spaces, white space collapsed: for search, labels and alt text. */
  readonly plain: string;
}

const ALLOWED = new Set<string>([
  'p',
  'br',
  'a',
  'em',
  'i',
  'strong',
  'b',
  'ul',
  'ol',
  'li',
  'blockquote',
  'cite',
  'q',
  'sub',
  'sup',
  'span',
]);

/** Elements whose content is code, styling or a nested document, never text for a reader. */
const DROPPED = new Set([
  'script',
  'style',
  'x-script',
  'x-style',
  'template',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'noembed',
  'noframes',
]);

/** Elements that end a line: their text is kept apart from the words around it, in the tree and in `plain`. */
const BLOCKS = new Set([
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'address',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'table',
  'caption',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'body',
  'head',
  'title',
]);

/** Nesting deeper than this is kept as text: hostile input must not blow the stack of the renderer. */
export const MAX_DEPTH = 24;
/** More elements than this in one text are kept as text. */
export const MAX_ELEMENTS = 1000;
const CACHE_SIZE = 2000;

const element = (node: Node): node is Element => node.nodeType === 1;

/** The text under a node without code and without recursion (any depth), blocks as spaces. */
function flatText(root: Node): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (!element(node)) continue;
    const tag = node.localName;
    if (DROPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) text += ' ';
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return text;
}

/** An `a` element's address: absolute http, https or mailto only (a relative one has no page to be relative to). */
export function richHref(raw: string | null): string | null {
  if (raw === null) return null;
  // A base whose scheme is not allowed turns every relative address into a refused one.
  return safeUrl(raw, 'relative:/');
}

class Builder {
  elements = 0;

  nodes(parent: Node, depth: number, into: RichNode[]): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) this.node(child, depth, into);
  }

  node(node: Node, depth: number, into: RichNode[]): void {
    if (node.nodeType === 3) {
      push(into, node.nodeValue ?? '');
      return;
    }
    if (!element(node)) return;
    const tag = node.localName;
    if (DROPPED.has(tag)) return;
    if (depth >= MAX_DEPTH || this.elements >= MAX_ELEMENTS) {
      push(into, flatText(node));
      return;
    }
    // Only HTML elements: an `<svg><a href>` or a MathML `<b>` is not one of ours (their pieces are kept apart).
    const foreign = node.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    if (foreign || !ALLOWED.has(tag)) {
      const block = foreign || BLOCKS.has(tag);
      if (block) boundary(into);
      this.nodes(node, depth + 1, into);
      if (block) boundary(into);
      return;
    }
    this.elements++;
    const children: RichNode[] = [];
    this.nodes(node, depth + 1, children);
    if (tag === 'a') {
      const href = richHref(node.getAttribute('href'));
      if (!href) {
        for (const child of children) push(into, child);
        return;
      }
      into.push({ tag: 'a', href, children });
      return;
    }
    into.push({ tag: tag as RichTag, children });
  }
}

/** Appends, joining neighbouring strings so the tree has one text node where the reader sees one run of text. */
function push(into: RichNode[], node: RichNode): void {
  if (typeof node === 'string') {
    if (node === '') return;
    const last = into.length - 1;
    if (last >= 0 && typeof into[last] === 'string') {
      into[last] = (into[last] as string) + node;
      return;
    }
  }
  into.push(node);
}

/** A space where a dropped block ended or began, unless the text already breaks there. */
function boundary(into: RichNode[]): void {
  const last = into.at(-1);
  if (last === undefined || (typeof last === 'string' && /\s$/.test(last))) return;
  push(into, ' ');
}

/** The text content of a tree, blocks as spaces, white space collapsed. */
export function plainOf(nodes: readonly RichNode[]): string {
  let text = '';
  const visit = (list: readonly RichNode[]) => {
    for (const node of list) {
      if (typeof node === 'string') text += node;
      else {
        const block = BLOCKS.has(node.tag);
        if (block) text += ' ';
        visit(node.children);
        if (block) text += ' ';
      }
    }
  };
  visit(nodes);
  return collapse(text);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const SPACE = /[\t\n\f\r ]/;
const LETTER = /[A-Za-z]/;
/** Names the page's CSP checks as soon as the parser meets them, even in a document where nothing runs. */
const CHECKED_TAG = /^(script|style)$/i;
const CHECKED_ATTRIBUTE = /^(on|style$)/i;

/**
 * The text with `<script>`, `<style>`, `on…=` and `style=` renamed (`<x-style>`, `x-onerror=`) before it is parsed.
 * Nothing would run either way, but a page's Content-Security-Policy reports every inline handler and style the
 * parser creates, even in a document without a browsing context: a strict page must stay free of such reports.
 * Start tags are read as the HTML tokenizer reads them (names, `=`, quoted and unquoted values), comments skipped
 * whole, so what the parser will see as an attribute is what gets renamed. Only markup changes: text is copied.
 */
export function defuseMarkup(text: string): string {
  if (!/<\/?[A-Za-z]/.test(text)) return text;
  let out = '';
  let i = 0;
  const n = text.length;
  const readUntil = (stop: RegExp) => {
    const start = i;
    while (i < n && !stop.test(text[i])) i++;
    return text.slice(start, i);
  };
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, lt);
    i = lt + 1;
    if (text.startsWith('!--', i)) {
      // A comment ends at "-->" ("<!-->" and "<!--->" are empty ones), or at the end of the text.
      const end = /-->|--!>/.exec(text.slice(i + 3));
      const close = text.startsWith('>', i + 3) ? i + 4 : text.startsWith('->', i + 3) ? i + 5 : -1;
      const stop = close >= 0 ? close : end ? i + 3 + end.index + end[0].length : n;
      out += text.slice(lt, stop);
      i = stop;
      continue;
    }
    const endTag = text[i] === '/' && LETTER.test(text[i + 1] ?? '');
    if (text[i] === '!' || text[i] === '?' || (text[i] === '/' && !endTag)) {
      // A bogus comment (or "</" without a name): up to the next ">".
      const close = text.indexOf('>', i);
      const stop = close < 0 ? n : close + 1;
      out += text.slice(lt, stop);
      i = stop;
      continue;
    }
    if (!endTag && !LETTER.test(text[i] ?? '')) {
      out += '<';
      continue;
    }
    if (endTag) i++;
    const name = readUntil(/[\t\n\f\r />]/);
    out += `<${endTag ? '/' : ''}${CHECKED_TAG.test(name) ? 'x-' : ''}${name}`;
    // Attributes, until the tag's ">" (an end tag's attributes are read the same way and ignored by the parser).
    while (i < n) {
      const c = text[i];
      if (c === '>') {
        out += c;
        i++;
        break;
      }
      if (SPACE.test(c) || c === '/') {
        out += c;
        i++;
        continue;
      }
      const start = i++;
      while (i < n && !/[\t\n\f\r />=]/.test(text[i])) i++;
      const attribute = text.slice(start, i);
      out += (CHECKED_ATTRIBUTE.test(attribute) ? 'x-' : '') + attribute;
      out += readUntil(/[^\t\n\f\r ]/);
      if (text[i] !== '=') continue;
      out += '=';
      i++;
      out += readUntil(/[^\t\n\f\r ]/);
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, i + 1);
        const stop = close < 0 ? n : close + 1;
        out += text.slice(i, stop);
        i = stop;
      } else out += readUntil(/[\t\n\f\r >]/);
    }
  }
  return out;
}

interface SanitizingElement {
  setHTML?: (html: string, options: { sanitizer: Record<string, never> }) => void;
}

let parserRefused = false;
let template: HTMLTemplateElement | null = null;

/**
 * The text parsed where nothing runs: a `<template>`'s content (its document has no browsing context, so no script
 * runs and no image loads), filled by `setHTML`, the Sanitizer API's safe setter, because a page that enforces
 * Trusted Types refuses plain strings to `innerHTML` and `DOMParser`; a `DOMParser` document where the browser has no
 * `setHTML`. `null` where neither can be used (Node, or an enforcing page in a browser without `setHTML`): the text is
 * then shown as it is, as text. The node is only valid until the next call.
 */
function parseInert(text: string): Node | null {
  if (parserRefused || typeof document === 'undefined') return null;
  try {
    template ??= document.createElement('template');
    const safe = template as unknown as SanitizingElement;
    // An empty configuration keeps every element (ours are picked below); the safe setter still strips script.
    if (typeof safe.setHTML === 'function') {
      safe.setHTML(text, { sanitizer: {} });
      return template.content;
    }
    // The head too: a text that starts with `<title>` or `<style>` puts them there.
    return new DOMParser().parseFromString(text, 'text/html').documentElement;
  } catch {
    // Refused once (Trusted Types), refused every time: stop asking, so the page logs one violation, not one per text.
    parserRefused = true;
  }
  return null;
}

function build(text: string): RichText {
  // Most texts have no markup and no character references: nothing to parse.
  if (!/[<&]/.test(text)) return { nodes: text ? [text] : [], plain: collapse(text) };
  const root = parseInert(defuseMarkup(text));
  if (!root) return { nodes: [text], plain: collapse(text) };
  const nodes: RichNode[] = [];
  new Builder().nodes(root, 0, nodes);
  template?.content.replaceChildren();
  const trimmed = trimEnds(nodes);
  return { nodes: trimmed, plain: plainOf(trimmed) };
}

/** Leading and trailing white space (and the spaces put around dropped blocks) left out of the tree. */
function trimEnds(nodes: RichNode[]): RichNode[] {
  const first = nodes[0];
  if (typeof first === 'string') {
    const trimmed = first.trimStart();
    if (trimmed) nodes[0] = trimmed;
    else nodes.shift();
  }
  const last = nodes.at(-1);
  if (typeof last === 'string') {
    const trimmed = last.trimEnd();
    if (trimmed) nodes[nodes.length - 1] = trimmed;
    else nodes.pop();
  }
  return nodes;
}

const cache = new Map<string, RichText>();

/** The allowed subset of a text's HTML as a tree, and its text content. Cached per string (descriptions repeat). */
export function richText(text: string): RichText {
  let result = cache.get(text);
  if (!result) {
    result = build(text);
    // The oldest entry goes first: a Map iterates in insertion order.
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, result);
  }
  return result;
}

/** A text's text content: what a tooltip, a label, the search or an `alt` uses. */
export function plainText(text: string | undefined): string {
  return text ? richText(text).plain : '';
}
