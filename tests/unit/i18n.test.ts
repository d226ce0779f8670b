import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/common/catalogs/en-atlas.js';
import {
  INTERFACE_LANGUAGES,
  isolate,
  languageReady,
  loadLanguage,
  t,
  type MessageKey,
} from '../../src/common/i18n.js';
import { formatEdtf } from '../../src/data/format-date.js';
import { parseEdtf } from '../../src/data/edtf.js';

const date = (text: string) => {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe('catalogues', () => {
  it('English is built in; the other catalogues load on first use', async () => {
    expect(languageReady('en')).toBe(true);
    expect(languageReady('fr')).toBe(true);
    expect(languageReady('lt')).toBe(false);
    expect(t('lt', 'selectionCleared')).toBe('Selection cleared.');
    expect(await loadLanguage('lt')).toBe(true);
    expect(languageReady('lt-LT')).toBe(true);
    expect(t('lt', 'selectionCleared')).toBe('Pasirinkimas atšauktas.');
  });
});

describe('interface strings', () => {
  beforeAll(async () => {
    for (const lang of ['de', 'az', 'lt', 'ru', 'ar']) await loadLanguage(lang);
  });

  it('every shipped language has every message, with the same placeholders as English', () => {
    expect(INTERFACE_LANGUAGES).toEqual(['en', 'de', 'az', 'lt', 'ru', 'ar']);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = (key: MessageKey) => t('en', key, { n: 2 });
    for (const lang of INTERFACE_LANGUAGES) {
      for (const key of [
        'timelineLabel',
        'selectedEvent',
        'notLoadedFrom',
        'someNotShown',
        'countOf',
        'list',
        'mapLabel',
      ] as MessageKey[]) {
        const text = t(lang, key, { n: 2 });
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(english(key)));
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(1);
      }
    }
  });

  it('plurals follow Intl.PluralRules, numbers are written in the language', () => {
    expect(t('en', 'events', { n: 1 })).toBe('1 event');
    expect(t('en', 'events', { n: 73 })).toBe('73 events');
    expect(t('en', 'events', { n: 10000 })).toBe('10,000 events');
    expect(t('de', 'events', { n: 1 })).toBe('1 Ereignis');
    expect(t('de', 'events', { n: 10000 })).toBe('10.000 Ereignisse');
    expect(t('lt', 'events', { n: 1 })).toBe('1 įvykis');
    expect(t('lt', 'events', { n: 3 })).toBe('3 įvykiai');
    expect(t('lt', 'events', { n: 10 })).toBe('10 įvykių');
    expect(t('ru', 'events', { n: 1 })).toBe('1 событие');
    expect(t('ru', 'events', { n: 3 })).toBe('3 события');
    expect(t('ru', 'events', { n: 5 })).toBe('5 событий');
    expect(t('ru', 'events', { n: 21 })).toBe('21 событие');
    expect(t('az', 'events', { n: 5 })).toBe('5 hadisə');
    // Arabic has six forms: 0, 1, 2, 3–10, 11–99, 100 and more (numbers in the digits Intl gives 'ar').
    const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(t('ar', 'events', { n: 0 })).toBe(`${arabic(0)} حدث`);
    expect(t('ar', 'events', { n: 1 })).toBe('حدث واحد');
    expect(t('ar', 'events', { n: 2 })).toBe('حدثان');
    expect(t('ar', 'events', { n: 3 })).toBe(`${arabic(3)} أحداث`);
    expect(t('ar', 'events', { n: 73 })).toBe(`${arabic(73)} حدثًا`);
    expect(t('ar', 'events', { n: 100 })).toBe(`${arabic(100)} حدث`);
  });

  it('a language tag naming an Object.prototype member is just an unknown language (English)', async () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(languageReady(lang), lang).toBe(true);
      expect(await loadLanguage(lang), lang).toBe(true);
      expect(t(lang, 'selectionCleared'), lang).toBe('Selection cleared.');
      expect(formatEdtf(date('2006~'), lang), lang).toBe('about 2006');
    }
  });

  it('falls back to English for other languages and keeps unknown placeholders', () => {
    expect(t('fr', 'selectionCleared')).toBe('Selection cleared.');
    expect(t('de-AT', 'selectionCleared')).toBe('Auswahl aufgehoben.');
    expect(t('en', 'selectedEvent', { title: 'X' })).toBe('Selected: X, {date}.');
  });
});

describe('date words', () => {
  it('says about, uncertain, since and until in the language', () => {
    expect(formatEdtf(date('2006~'), 'en')).toBe('about 2006');
    expect(formatEdtf(date('2006?'), 'de')).toBe('2006 (unsicher)');
    expect(formatEdtf(date('2006%'), 'en')).toBe('about 2006 (uncertain)');
    expect(formatEdtf(date('2014/..'), 'ru')).toMatch(/^с 2014/);
    expect(formatEdtf(date('../2014'), 'lt')).toMatch(/^iki 2014/);
  });
});

describe('bidi isolation of data strings (issue 15, item 5)', () => {
  const RLO = '\u202E';
  it('an interpolated string with a bidi control, or running the other way, is isolated; others are left alone', () => {
    expect(t('en', 'articleSays', { original: `Baku${RLO}`, corrected: 'Bakı' })).toBe(
      `the article says “\u2068Baku${RLO}\u2069”; read as “Bakı”.`,
    );
    expect(t('en', 'withActors', { names: 'علي' })).toBe('With \u2068علي\u2069');
    expect(t('en', 'withActors', { names: 'Ilham Aliyev' })).toBe('With Ilham Aliyev');
    expect(t('en', 'withActors', { names: '2006' })).toBe('With 2006');
    expect(t('ar', 'withActors', { names: 'علي' })).toBe('مع علي');
    expect(t('ar', 'withActors', { names: 'Ilham Aliyev' })).toBe('مع \u2068Ilham Aliyev\u2069');
  });

  it('isolate(text, lang) wraps in U+2068 … U+2069 only when needed', () => {
    expect(isolate('plain', 'en')).toBe('plain');
    expect(isolate(`x${RLO}`, 'en')).toBe(`\u2068x${RLO}\u2069`);
    expect(isolate('\u200Fx', 'en')).toBe('\u2068\u200Fx\u2069');
    expect(isolate('עברית', 'he')).toBe('עברית');
    expect(isolate('עברית', 'en')).toBe('\u2068עברית\u2069');
  });
});
