/**
 * Whole numbers and their plural categories in the shipped languages, written without `Intl`: a page's first
 * `Intl.NumberFormat` (or `DateTimeFormat`) costs 20–40 ms of ICU set-up, more than drawing 1,000 events, and a first
 * render only counts things ("1,000 events"). Each table entry is pinned, value by value, against `Intl` in the unit
 * tests; anything else (fractions, other languages, regional variants that group differently such as `de-AT` or
 * `en-IN`) returns `null`, and the caller asks `Intl`.
 */

interface Digits {
  /** Between groups of three digits. */
  readonly group: string;
  /** Before a negative number. */
  readonly minus: string;
}

const COMMA: Digits = { group: ',', minus: '-' };
const DOT: Digits = { group: '.', minus: '-' };

/**
 * By exact tag (as `validLang` writes it): a region is listed only where CLDR writes whole numbers as the language
 * does. `az` follows CLDR (`1.000`), also where a browser without Azerbaijani data would write `1,000`.
 */
const DIGITS: ReadonlyMap<string, Digits> = new Map([
  ['en', COMMA],
  ['en-US', COMMA],
  ['en-GB', COMMA],
  ['de', DOT],
  ['de-DE', DOT],
  ['az', DOT],
  ['lt', { group: '\u00A0', minus: '\u2212' }],
  ['lt-LT', { group: '\u00A0', minus: '\u2212' }],
  ['ru', { group: '\u00A0', minus: '-' }],
  ['ru-RU', { group: '\u00A0', minus: '-' }],
  // Western digits, the minus after a left-to-right mark.
  ['ar', { group: ',', minus: '\u200E-' }],
]);

/** `n` as `new Intl.NumberFormat(lang).format(n)` writes it, for a safe integer in a listed language; else `null`. */
export function formatWholeNumber(lang: string, n: number): string | null {
  const digits = DIGITS.get(lang);
  if (!digits || !Number.isSafeInteger(n)) return null;
  const negative = n < 0 || Object.is(n, -0);
  const plain = String(Math.abs(n));
  let text = plain.length > 3 ? '' : plain;
  if (plain.length > 3) {
    const head = plain.length % 3 || 3;
    text = plain.slice(0, head);
    for (let i = head; i < plain.length; i += 3) text += digits.group + plain.slice(i, i + 3);
  }
  return negative ? digits.minus + text : text;
}

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** CLDR's rules for whole numbers (the `i` operand; no visible fraction digits), by language: no region of these six changes them. */
function englishLike(i: number): PluralCategory {
  return i === 1 ? 'one' : 'other';
}

const PLURAL: Readonly<Record<string, (i: number) => PluralCategory>> = {
  en: englishLike,
  de: englishLike,
  az: englishLike,
  lt(i) {
    const teen = i % 100 >= 11 && i % 100 <= 19;
    const d = i % 10;
    return teen ? 'other' : d === 1 ? 'one' : d >= 2 ? 'few' : 'other';
  },
  ru(i) {
    const d = i % 10;
    const h = i % 100;
    if (d === 1 && h !== 11) return 'one';
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'few';
    return 'many';
  },
  ar(i) {
    if (i <= 2) return (['zero', 'one', 'two'] as const)[i];
    const h = i % 100;
    return h >= 3 && h <= 10 ? 'few' : h >= 11 ? 'many' : 'other';
  },
};

/** `new Intl.PluralRules(lang).select(n)` for a safe integer in a shipped language; else `null`. */
export function wholeNumberPlural(lang: string, n: number): PluralCategory | null {
  const base = lang.toLowerCase().split('-')[0];
  if (!Object.hasOwn(PLURAL, base) || !Number.isSafeInteger(n)) return null;
  return PLURAL[base](Math.abs(n));
}

/**
 * `value` rounded to a whole number as `Intl.NumberFormat(lang, { maximumFractionDigits: 0 })` writes it (half away
 * from zero, "-0" kept), for a listed language; else `null`.
 */
export function formatRoundedNumber(lang: string, value: number): string | null {
  return formatWholeNumber(lang, Math.sign(value) * Math.round(Math.abs(value)));
}
