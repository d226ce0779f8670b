import type { LocalizedText } from './types.js';

/** The text for a language: exact tag, then its primary subtag ("az" for "az-Latn"), then English, then any. */
export function localize(text: LocalizedText | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = lang.toLowerCase().split('-')[0];
  return text[lang] ?? text[primary] ?? text.en ?? Object.values(text)[0] ?? '';
}
