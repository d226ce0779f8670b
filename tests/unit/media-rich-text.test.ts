import { describe, expect, test } from 'vitest';
import { isImageUrl, mediaView, shortAddress } from '../../src/atlas/event-media.js';
import { searchText } from '../../src/atlas/sort-events.js';
import { defuseMarkup, plainText, richHref, richText } from '../../src/common/rich-text.js';
import { checkDataset } from '../../src/data/check-dataset.js';

/** An event's media through the checks into the panel's choice (image or link), and rich text where no DOM is. */

const place = { id: 'a', name: 'A', lat: 40, lon: 49 };
const event = (extra: object = {}) => ({ id: 'e', date: '2001', title: 'T', places: ['a'], ...extra });
const check = (media: unknown) => checkDataset({ events: [event({ media })], places: [place] });
const URL_RULE =
  '"media" left out: it needs a "url", an http: or https: address of up to 2000 characters; the event is kept';
const where = { severity: 'warning', code: 'invalid-media', collection: 'events', index: 0, id: 'e', field: 'media' };

describe('checkDataset keeps an event’s media and reports what it leaves out', () => {
  test('a full media object survives the checks into the loaded event, field for field', () => {
    const media = {
      url: 'https://upload.wikimedia.org/wikipedia/commons/a/a1/Baku.jpg',
      caption: 'Baku <em>at dusk</em>',
      credit: '<a href="https://commons.wikimedia.org">Wikimedia Commons</a>',
      thumbnail: 'https://upload.wikimedia.org/thumb.jpg',
      alt: 'The bay of Baku',
    };
    const { dataset, diagnostics } = check(media);
    expect(diagnostics).toStrictEqual([]);
    expect(dataset.events[0].media).toStrictEqual(media);
  });

  test('a media address outside http and https drops the media, not the event', () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'mailto:a@b.org', 'images/a.png', '']) {
      const { dataset, diagnostics } = check({ url, caption: 'C' });
      expect(dataset.events).toHaveLength(1);
      expect(dataset.events[0].media).toBeUndefined();
      expect(diagnostics).toStrictEqual([
        {
          ...where,
          message: URL_RULE,
        },
      ]);
    }
  });

  test('media that is not an object, an overlong address, bad parts and unknown fields', () => {
    expect(check('https://e.org/a.png').diagnostics).toStrictEqual([{ ...where, message: URL_RULE }]);
    expect(check({ url: `https://e.org/${'a'.repeat(2000)}` }).diagnostics).toStrictEqual([
      { ...where, message: URL_RULE },
    ]);
    const { dataset, diagnostics } = check({
      url: ' https://e.org/a.png ',
      caption: 5,
      credit: '  ',
      thumbnail: 'javascript:x',
      type: 'image',
    });
    expect(dataset.events[0].media).toStrictEqual({ url: 'https://e.org/a.png' });
    expect(diagnostics.map((d) => d.message)).toStrictEqual([
      '"media.thumbnail" left out: it must be an http: or https: address',
      '"media.caption" left out: it must be text of 1 to 20000 characters',
      '"media.credit" left out: it must be text of 1 to 20000 characters',
      'unknown field "type" in "media" ignored',
    ]);
  });
});

describe('mediaView(media, images) picks an image or a plain link', () => {
  // Captions with markup, whose text is read by the browser's parser: tests/browser/details-media.test.ts.
  test('an https image by extension or by host is an image; alt from alt, else the caption’s text, else empty', () => {
    expect(mediaView({ url: 'https://e.org/p/photo.JPG?w=800', caption: ' Bold  caption' }, true)).toStrictEqual({
      kind: 'image',
      src: 'https://e.org/p/photo.JPG?w=800',
      alt: 'Bold caption',
      caption: ' Bold  caption',
    });
    expect(mediaView({ url: 'https://upload.wikimedia.org/x', alt: 'Alt', credit: 'C' }, true)).toStrictEqual({
      kind: 'image',
      src: 'https://upload.wikimedia.org/x',
      alt: 'Alt',
      credit: 'C',
    });
    expect(mediaView({ url: 'https://e.org/a.svg' }, true)).toStrictEqual({
      kind: 'image',
      src: 'https://e.org/a.svg',
      alt: '',
    });
  });

  test('a video, a page, a post or an http image is a link labelled with the caption’s text', () => {
    expect(mediaView({ url: 'https://www.youtube.com/watch?v=abc', caption: 'The speech' }, true)).toStrictEqual({
      kind: 'link',
      href: 'https://www.youtube.com/watch?v=abc',
      label: 'The speech',
    });
    expect(mediaView({ url: 'http://e.org/a.png', credit: 'AP' }, true)).toStrictEqual({
      kind: 'link',
      href: 'http://e.org/a.png',
      label: 'e.org/a.png',
      credit: 'AP',
    });
    expect(mediaView({ url: 'https://twitter.com/x/status/1' }, true)).toMatchObject({
      kind: 'link',
      label: 'twitter.com/x/status/1',
    });
  });

  test('no-media turns images into links; a script or relative address is nothing', () => {
    expect(mediaView({ url: 'https://e.org/a.png', caption: 'Harbour' }, false)).toStrictEqual({
      kind: 'link',
      href: 'https://e.org/a.png',
      label: 'Harbour',
    });
    expect(mediaView({ url: 'javascript:alert(1)' }, true)).toBeNull();
    expect(mediaView({ url: 'a.png' }, true)).toBeNull();
    expect(mediaView({ url: 'mailto:a@e.org' }, true)).toBeNull();
    expect(mediaView(undefined, true)).toBeNull();
  });

  test('isImageUrl: https or a local server, an image extension or a known image host', () => {
    expect(isImageUrl('https://e.org/a.webp')).toBe(true);
    expect(isImageUrl('https://e.org/a.avif#x')).toBe(true);
    expect(isImageUrl('https://i.imgur.com/abc')).toBe(true);
    expect(isImageUrl('https://live.staticflickr.com/1/2_3')).toBe(true);
    expect(isImageUrl('http://localhost:8000/tests/fixtures/media/harbour.png')).toBe(true);
    expect(isImageUrl('http://127.0.0.1/a.gif')).toBe(true);
    expect(isImageUrl('http://e.org/a.png')).toBe(false);
    expect(isImageUrl('https://e.org/a.png.html')).toBe(false);
    expect(isImageUrl('https://e.org/?file=a.png')).toBe(false);
    expect(isImageUrl('https://en.wikipedia.org/wiki/File:Baku.jpg.html')).toBe(false);
  });

  test('shortAddress drops www and cuts long addresses', () => {
    expect(shortAddress('https://www.youtube.com/watch?v=abc')).toBe('youtube.com/watch?v=abc');
    expect(shortAddress('https://e.org/')).toBe('e.org');
    expect(shortAddress(`https://e.org/${'a'.repeat(80)}`)).toBe(`e.org/${'a'.repeat(53)}…`);
  });
});

describe('rich text without a DOM parser (Node: the CLI, these tests)', () => {
  test('text without markup or references is itself, its plain text collapsed', () => {
    expect(richText('A plain sentence.').nodes).toStrictEqual(['A plain sentence.']);
    expect(plainText('  two\n lines ')).toBe('two lines');
    expect(richText('').nodes).toStrictEqual([]);
  });

  test('markup is never parsed here: it stays text, shown as written', () => {
    expect(richText('<b>x</b>').nodes).toStrictEqual(['<b>x</b>']);
    expect(plainText('<b>x</b>')).toBe('<b>x</b>');
  });

  test('richHref takes absolute http, https and mailto addresses only', () => {
    expect(richHref('https://e.org')).toBe('https://e.org/');
    expect(richHref(' mailto:a@e.org')).toBe('mailto:a@e.org');
    expect(richHref('java\tscript:alert(1)')).toBeNull();
    expect(richHref('/page')).toBeNull();
    expect(richHref('//e.org')).toBeNull();
    expect(richHref(null)).toBeNull();
  });

  test('the search looks in the description’s text', () => {
    const { dataset } = checkDataset({ events: [event({ description: 'Signed in  Baku.' })], places: [place] });
    expect(searchText(dataset, 'en', () => 'A')).toStrictEqual(['t signed in baku. other a']);
  });
});

describe('defuseMarkup renames what a CSP reports at parse time, as the HTML tokenizer reads the tags', () => {
  test.each([
    ['<img src=x onerror="alert(1)">', '<img src=x x-onerror="alert(1)">'],
    ['<IMG SRC=x ONERROR=alert(1)>', '<IMG SRC=x x-ONERROR=alert(1)>'],
    ['<svg/onload=alert(1)>', '<svg/x-onload=alert(1)>'],
    ['<img src="x"onerror=y>', '<img src="x"x-onerror=y>'],
    ['<p title=\'a onclick=b\' style = "color: red">t</p>', '<p title=\'a onclick=b\' x-style = "color: red">t</p>'],
    ['<a href=x?a=1&onclick=2 onmouseover=y>l</a>', '<a href=x?a=1&onclick=2 x-onmouseover=y>l</a>'],
    ['<p\nonclick=x\tonfocus=y>', '<p\nx-onclick=x\tx-onfocus=y>'],
    ['<style>p{}</style><SCRIPT>x()</SCRIPT>', '<x-style>p{}</x-style><x-SCRIPT>x()</x-SCRIPT>'],
    ['<svg><set onbegin=x() /></svg>', '<svg><set x-onbegin=x() /></svg>'],
    // Not markup: copied as it is.
    ['Meet on=Monday, a < b, 5<6 onclick=x', 'Meet on=Monday, a < b, 5<6 onclick=x'],
    ['<!-- <a title=" --> <img onerror=x> "', '<!-- <a title=" --> <img x-onerror=x> "'],
    ['<!--> <b onclick=x>', '<!--> <b x-onclick=x>'],
    ['<!DOCTYPE html onclick=x><b onclick=y>', '<!DOCTYPE html onclick=x><b x-onclick=y>'],
    ['</p onclick=x>', '</p x-onclick=x>'],
    ['<a title="unclosed onclick=x>', '<a title="unclosed onclick=x>'],
    ['plain text', 'plain text'],
  ])('%s', (input, expected) => {
    expect(defuseMarkup(input)).toBe(expected);
  });
});
