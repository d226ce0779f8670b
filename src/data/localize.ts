import type { LocalizedText } from './types.js';

/** The text for a language: exact tag, then its primary subtag ("az" for "az-Latn"), then English, then any. */
export function localize(text: LocalizedText | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = lang.toLowerCase().split('-')[0];
  // Own keys only: a language named like an Object.prototype member ("constructor") is just absent.
  const own = (key: string) => (Object.hasOwn(text, key) ? text[key] : undefined);
  return own(lang) ?? own(primary) ?? own('en') ?? Object.values(text)[0] ?? '';
}
