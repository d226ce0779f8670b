/**
 * The XSS corpus of the security suite, and a data set that carries it in every string field. Each payload calls
 * `window.__xssHit(field)` if it ever runs, so a failure names the field it came through.
 */

declare global {
  interface Window {
    __xssHits: string[];
    __xssHit: (field: string) => void;
  }
}

export function armXssTrap(): void {
  window.__xssHits = [];
  window.__xssHit = (field: string) => window.__xssHits.push(field);
}

/** Markup and attribute breakers: each would run `__xssHit(field)` if parsed as HTML or used unescaped. */
export function payloads(field: string): string[] {
  const call = `__xssHit('${field}')`;
  return [
    `<img src=x onerror="${call}">`,
    `<script>${call}</script>`,
    `<svg onload="${call}"></svg>`,
    `<svg><script>${call}</script></svg>`,
    `"><img src=x onerror="${call}">`,
    `' onmouseover='${call}' x='`,
    `</text><image href=x onerror="${call}"/>`,
    `</title><img src=x onerror=${call}>`,
    `javascript:${call}`,
  ];
}

/** One string holding the whole corpus, tagged with the field it is put in. */
export function hostile(field: string): string {
  return `[${field}] ${payloads(field).join(' ')}`;
}

/**
 * What survives of the corpus in a rich-text field (a description, a caption, a credit), whose markup is read as the
 * small HTML subset: every tag is dropped or rebuilt, and the words between the tags stay, as text.
 */
export function richPayloadText(field: string): string[] {
  const call = `__xssHit('${field}')`;
  return [`[${field}]`, `' onmouseover='${call}' x='`, `javascript:${call}`];
}

/**
 * Markup a strict page's CSP reports as soon as a parser creates it (inline handlers and styles, style sheets), for
 * the rich-text fields: the page must stay free of reports, and "styled" must be shown.
 */
export function cspReported(field: string): string {
  return ` <p style="color: red" onclick="__xssHit('${field}')">styled</p><style>* { display: none }</style>
    <svg><set onbegin="__xssHit('${field}')" /><style>*{}</style></svg><b/onmouseover=__xssHit('${field}')>bold</b>`;
}

/** Link targets that must never reach an href. */
export function hostileUrls(field: string): string[] {
  const call = `__xssHit('${field}')`;
  return [
    `javascript:${call}`,
    `JaVaScRiPt:${call}`,
    `java\tscript:${call}`,
    `java\nscript:${call}`,
    ` javascript:${call}`,
    `data:text/html,<script>${call}</script>`,
    `data:text/html;base64,${btoa(`<script>${call}</script>`)}`,
    `vbscript:${call}`,
  ];
}

const source = (field: string) => ({
  section: hostile(`${field}.source.section`),
  quote: hostile(`${field}.source.quote`),
});
const flags = (field: string) => [
  {
    field: hostile(`${field}.flag.field`),
    original: hostile(`${field}.flag.original`),
    corrected: hostile(`${field}.flag.corrected`),
    note: hostile(`${field}.flag.note`),
  },
];

/**
 * A data set in the file format with the corpus in every string field the schema lets through, plus records the
 * checks reject (hostile ids, dates, categories and link schemes) so the corpus also reaches the diagnostics.
 */
export function hostileDataset(): Record<string, unknown> {
  const rejectedLinks = hostileUrls('event.links.url').map((url, i) => ({
    id: `bad-link-${i}`,
    date: '2001',
    title: hostile('rejected.title'),
    places: ['baku'],
    links: [{ label: hostile('rejected.link.label'), url }],
  }));
  return {
    meta: {
      title: hostile('meta.title'),
      description: hostile('meta.description'),
      parties: [
        { country: 'AZ', name: { en: hostile('meta.party.en'), az: hostile('meta.party.az') } },
        { country: 'LT', name: hostile('meta.party') },
      ],
      source: {
        title: hostile('meta.source.title'),
        url: 'https://example.org/article',
        licence: hostile('meta.source.licence'),
      },
      licence: hostile('meta.licence'),
      categories: {
        visit: { en: hostile('category.visit.en'), az: hostile('category.visit.az') },
        'javascript:alert': hostile('category.javascript'),
      },
    },
    events: [
      {
        id: 'ev-visit',
        date: '2006-06-08/2006-06-09',
        category: 'visit',
        title: hostile('event.title'),
        description: hostile('event.description') + cspReported('event.description'),
        places: ['vilnius', 'baku'],
        actors: [hostile('event.actor.1'), hostile('event.actor.2')],
        source: source('event'),
        flags: flags('event'),
        links: [
          { label: hostile('event.links.label'), url: `https://example.org/?q=${encodeURIComponent('<script>')}` },
          { label: hostile('event.links.mailto'), url: 'mailto:desk@example.org' },
        ],
        // A page, not an image: a plain link labelled with the caption's text, never an embed.
        media: {
          url: `https://example.org/watch?v=${encodeURIComponent('<script>')}`,
          caption: hostile('event.media.caption'),
          credit: hostile('event.media.credit') + cspReported('event.media.credit'),
          alt: hostile('event.media.alt'),
        },
      },
      {
        id: 'javascript:alert',
        date: '2010?',
        category: 'javascript:alert',
        title: hostile('event2.title'),
        places: ['twin'],
        source: { section: hostile('event2.source.section') },
      },
      {
        id: 'ev-day',
        date: '1995-11-27',
        title: hostile('event3.title'),
        places: ['baku', 'nowhere'],
        media: { url: `javascript:__xssHit('event3.media.url')`, caption: hostile('event3.media.caption') },
      },
      // Rejected by the checks: their strings reach the diagnostics.
      { id: `"><img src=x onerror="__xssHit('event.id')">`, date: '2001', title: 'hostile id', places: [] },
      { id: 'bad-date', date: `<img src=x onerror=__xssHit('date')>`, title: 'hostile date', places: [] },
      { id: 'bad-category', date: '2001', category: hostile('event.category'), title: 'hostile category', places: [] },
      { id: 'ev-day', date: '2002', title: 'duplicate', places: [] },
      ...rejectedLinks,
    ],
    places: [
      {
        id: 'baku',
        name: { en: hostile('place.name.en'), az: hostile('place.name.az'), lt: hostile('place.name.lt') },
        country: 'AZ',
        lat: 40.4093,
        lon: 49.8671,
        kinds: ['capital'],
        description: hostile('place.description') + cspReported('place.description'),
        source: source('place'),
        flags: flags('place'),
      },
      {
        id: 'vilnius',
        name: hostile('place.name'),
        country: 'LT',
        represents: 'AZ',
        lat: 54.6872,
        lon: 25.2797,
        kinds: ['embassy'],
      },
      { id: 'twin', name: hostile('place.twin'), country: 'LT', lat: 55.93, lon: 23.31, kinds: ['twin-city'] },
      { id: `'><svg onload="__xssHit('place.id')">`, name: 'hostile id', lat: 1, lon: 1 },
      { id: 'bad-lat', name: hostile('place.rejected'), lat: `<img src=x onerror="__xssHit('place.lat')">`, lon: 1 },
    ],
    links: [
      { id: 'twinning', kind: 'twinning', from: 'twin', to: 'baku', source: source('link'), flags: flags('link') },
      { id: 'broken', kind: 'twinning', from: 'baku', to: `"><img src=x onerror="__xssHit('link.to')">` },
    ],
    series: [
      {
        id: 'trade-turnover',
        title: hostile('series.title'),
        unit: hostile('series.unit'),
        direction: hostile('series.direction'),
        points: [
          { date: '1995', value: 10 },
          { date: '2006', value: 43 },
          { date: `<svg onload="__xssHit('series.point.date')">`, value: 1 },
        ],
        source: source('series'),
        flags: flags('series'),
      },
    ],
  };
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'poster']);
const FORBIDDEN_TAGS = new Set([
  'script',
  'img',
  'image',
  'iframe',
  'object',
  'embed',
  'frame',
  'base',
  'meta',
  'link',
]);

/** Every element under a node, descending into every open shadow root. */
export function deepElements(root: Node): Element[] {
  // nodeType rather than instanceof, so elements inside an iframe (another realm) count too.
  const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
  const found: Element[] = isElement(root) ? [root] : [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (isElement(child)) {
        found.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        if (child.localName === 'template') continue;
      }
      visit(child);
    }
  };
  if (isElement(root) && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** All text under a node, shadow roots included. */
export function deepText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot) visit((node as Element).shadowRoot!);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return text;
}

/**
 * What an element built from data would leave behind: event-handler attributes, script-capable tags, links and
 * sources outside http(s)/mailto. Returns a description of each, so an empty list is a pass.
 */
export function auditDom(root: Node): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> ${element.outerHTML.slice(0, 120)}`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.has(name.toLowerCase())) {
        let scheme: string;
        try {
          scheme = new URL(value, location.href).protocol;
        } catch {
          scheme = 'unparsable';
        }
        if (!ALLOWED_SCHEMES.has(scheme)) problems.push(`<${tag} ${name}="${value.slice(0, 60)}"> (${scheme})`);
      }
    }
  }
  return problems;
}
