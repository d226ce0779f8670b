import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { MAX_DEPTH, MAX_ELEMENTS, plainText, richText, type RichNode } from '../../src/common/rich-text.js';
import { renderRichText } from '../../src/common/render-rich-text.js';

/**
 * The rich-text subset in a real browser: the tree the sanitiser keeps (serialised as allowed tags and text), the DOM
 * Lit builds from it, the text content, and hostile input that must run nothing, load nothing and keep its text.
 */

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The kept tree as markup: tags, `href` on links, text (escaped). */
function serialiseTree(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escape(node);
      if (node.tag === 'br') return '<br>';
      const href = node.href === undefined ? '' : ` href="${node.href}"`;
      return `<${node.tag}${href}>${serialiseTree(node.children)}</${node.tag}>`;
    })
    .join('');
}

/** The DOM Lit built, in the same form; any attribute but a link's three is written out, so a test would see it. */
function serialiseDom(parent: Node): string {
  let out = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += escape(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.localName;
    const attributes = [...element.attributes]
      .filter((a) => !(tag === 'a' && (a.name === 'rel' || a.name === 'target')))
      .map((a) => ` ${a.name}="${a.value}"`)
      .join('');
    out += tag === 'br' ? `<br${attributes}>` : `<${tag}${attributes}>${serialiseDom(element)}</${tag}>`;
  }
  return out;
}

function rendered(text: string): HTMLElement {
  const container = document.createElement('div');
  render(html`${renderRichText(text)}`, container);
  return container;
}

const CASES: readonly (readonly [string, string])[] = [
  // Attributes are dropped; a link outside the allowlist is its text.
  ['<p onclick=x>Hi <a href="javascript:alert(1)">x</a></p>', '<p>Hi x</p>'],
  ['<a href="https://e.org">e</a>', '<a href="https://e.org/">e</a>'],
  ['<a href="mailto:desk@e.org">desk</a>', '<a href="mailto:desk@e.org">desk</a>'],
  ['<a href="http://e.org/a?b=1#c" class="x" title="t" target="_top">e</a>', '<a href="http://e.org/a?b=1#c">e</a>'],
  ['<a href="data:text/html,<b>x</b>">d</a>', 'd'],
  ['<a href="JaVa&#x09;ScRiPt:alert(1)">j</a>', 'j'],
  ['<a href="  vbscript:x">v</a>', 'v'],
  ['<a href="/relative/page">r</a>', 'r'],
  ['<a href="//e.org/x">p</a>', 'p'],
  ['<a>no address</a>', 'no address'],
  ['<p class="lead" style="color: red" id="x" lang="lt">a</p>', '<p>a</p>'],
  // Every allowed tag is kept.
  [
    '<p><em>e</em><i>i</i><strong>s</strong><b>b</b><cite>c</cite><q>q</q>H<sub>2</sub>O x<sup>2</sup><span>s</span></p>',
    '<p><em>e</em><i>i</i><strong>s</strong><b>b</b><cite>c</cite><q>q</q>H<sub>2</sub>O x<sup>2</sup><span>s</span></p>',
  ],
  ['<ul><li>one</li><li>two</li></ul><ol><li>1</li></ol>', '<ul><li>one</li><li>two</li></ul><ol><li>1</li></ol>'],
  ['<blockquote>“Quote” <cite>Someone</cite></blockquote>', '<blockquote>“Quote” <cite>Someone</cite></blockquote>'],
  ['line one<br>line two', 'line one<br>line two'],
  // Other elements become their content; their blocks stay apart.
  ['<div><b>x</b></div>', '<b>x</b>'],
  ['<div>a</div><div>b</div>', 'a b'],
  ['<h2>Title</h2>Body <font color=red>red</font> <u>u</u>', 'Title Body red u'],
  ['<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
  // Code, styling and nested documents are dropped with their content.
  ['<script>alert(1)</script>after', 'after'],
  ['<style>p { color: red }</style>styled', 'styled'],
  ['<template><b>t</b></template>kept', 'kept'],
  ['<iframe src="https://e.org">frame</iframe><object data="x">object</object>z', 'z'],
  ['<title>A title</title>then text', 'A title then text'],
  // Foreign elements are not ours, even with an allowed name.
  ['<svg onload="x()"><text>svg text</text><a href="https://e.org">svg link</a></svg>', 'svg text svg link'],
  ['<img src=x onerror="x()">caption', 'caption'],
  ['<form action="javascript:x()"><input value=v><button formaction="javascript:y()">Go</button></form>', 'Go'],
  // Character references are read; text that only looks like markup stays text.
  ['AT&amp;T &lt;b&gt;not bold&lt;/b&gt; &eacute;', 'AT&amp;T &lt;b>not bold&lt;/b> é'],
  ['a < b and c > d', 'a &lt; b and c > d'],
  ['Plain text, nothing to parse', 'Plain text, nothing to parse'],
  ['', ''],
];

describe('rich text: the allowed subset, rebuilt through Lit', () => {
  for (const [input, expected] of CASES) {
    it(`${JSON.stringify(input)} keeps ${JSON.stringify(expected)}`, () => {
      expect(serialiseTree(richText(input).nodes)).to.equal(expected);
      expect(serialiseDom(rendered(input))).to.equal(expected);
    });
  }

  describe('in a browser without Element.setHTML (the DOMParser path)', () => {
    const sanitizing = Element.prototype as unknown as { setHTML?: unknown };
    let setHTML: unknown;
    before(() => {
      setHTML = sanitizing.setHTML;
      delete sanitizing.setHTML;
      expect(document.createElement('template')).not.to.have.property('setHTML');
    });
    after(() => {
      if (setHTML) sanitizing.setHTML = setHTML;
    });
    // A trailing space makes each text new to the cache and is trimmed away again.
    for (const [input, expected] of CASES.filter(([input]) => /[<&]/.test(input))) {
      it(`${JSON.stringify(input)} keeps ${JSON.stringify(expected)}`, () => {
        expect(serialiseTree(richText(`${input} `).nodes)).to.equal(expected);
      });
    }
  });

  it('a link opens in a new tab without the opener or the referrer, as the panel’s other links do', () => {
    const link = rendered('<a href="https://e.org" target="_self" rel="opener">e</a>').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://e.org/');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.attributes).to.have.length(3);
  });

  it('the text content separates blocks with spaces and joins inline runs', () => {
    expect(plainText('<p>One</p><p>Two</p>')).to.equal('One Two');
    expect(plainText('a<br>b')).to.equal('a b');
    expect(plainText('<ul><li>x</li><li>y</li></ul>')).to.equal('x y');
    expect(plainText('<b>bo</b>ld and <a href="https://e.org">a link</a>')).to.equal('bold and a link');
    expect(plainText('<div>a</div><div>b</div>')).to.equal('a b');
    expect(plainText('  <p>\n spaced \t out </p>  ')).to.equal('spaced out');
    expect(plainText('<script>hidden()</script><style>x{}</style>shown')).to.equal('shown');
    expect(plainText(undefined)).to.equal('');
  });

  it('the same string is read once: the second call returns the same tree', () => {
    const text = `<p>cached ${Math.random()}</p>`;
    expect(richText(text)).to.equal(richText(text));
  });
});

describe('rich text: hostile input runs nothing and loads nothing', () => {
  beforeEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('an <img onerror>, <svg onload>, <script>, handlers and script links: no flag set, no request, the text kept', async () => {
    const marker = `rich-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const hostile = [
      `<img src="/tests/fixtures/media/harbour.png?${marker}" onerror="window.__pwned = 'img'">`,
      `<img src="/nowhere-${marker}.png" onerror="window.__pwned = 'img2'">`,
      `<svg onload="window.__pwned = 'svg'"><circle r=1 /></svg>`,
      `<script>window.__pwned = 'script'</script>`,
      `<p onmouseover="window.__pwned = 'p'">kept text</p>`,
      `<a href="javascript:window.__pwned='a'">link text</a>`,
      `<a href="data:text/html,<script>window.__pwned='d'</script>">data text</a>`,
      `<style>@import url("/style-${marker}.css"); body { background: url("/bg-${marker}.png") }</style>`,
      `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
      `<object data="/object-${marker}"></object><embed src="/embed-${marker}">`,
      `<video src="/video-${marker}.mp4" poster="/poster-${marker}.png"></video>`,
      `<form action="/form-${marker}"><button>form text</button></form>`,
      `<details open ontoggle="window.__pwned='details'">details text</details>`,
    ].join('');
    const container = rendered(hostile);
    document.body.append(container);
    // A real image, so the check below is proven to see requests this page makes.
    const control = new Image();
    control.src = `/tests/fixtures/media/harbour.png?control-${marker}`;
    await control.decode();
    // The control was requested after the hostile nodes were in the document and has loaded: any request of theirs
    // was made before it. Two frames more let its entry reach the timeline.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((name) => name.includes(`control-${marker}`))).to.equal(true);
    expect(requested.filter((name) => name.includes(marker) && !name.includes('control-'))).to.deep.equal([]);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(serialiseDom(container)).to.equal('<p>kept text</p>link textdata text form text details text');
    container.remove();
  });

  it('20,000 characters of nested tags: a shallow tree, every word kept', () => {
    const deepBold = `${'<b>'.repeat(5000)}deep${'</b>'.repeat(1000)}`;
    const deepDivs = `${'<div><span>'.repeat(1500)}divs`;
    const deepLists = `${'<ul><li>x'.repeat(2200)}`;
    const depth = (nodes: readonly RichNode[]): number =>
      Math.max(0, ...nodes.map((n) => (typeof n === 'string' ? 0 : 1 + depth(n.children))));
    // Past 512 levels the browser's parser itself stops nesting and runs the list items' text together.
    for (const [text, words] of [
      [deepBold, 'deep'],
      [deepDivs, 'divs'],
      [deepLists, 'x'.repeat(2200)],
    ] as const) {
      expect(text.length).to.be.at.least(15000);
      const result = richText(text);
      expect(depth(result.nodes)).to.be.at.most(MAX_DEPTH);
      expect(result.plain.replaceAll(' ', '')).to.equal(words);
      expect(rendered(text).textContent!.replace(/\s+/g, '')).to.equal(words);
    }
  });

  it('thousands of elements side by side: the first are kept as elements, the rest as their text', () => {
    const text = '<b>x</b>'.repeat(2500);
    const { nodes, plain } = richText(text);
    const elements = nodes.filter((n) => typeof n !== 'string');
    expect(elements).to.have.length(MAX_ELEMENTS);
    expect(plain).to.equal('x'.repeat(2500));
  });
});
