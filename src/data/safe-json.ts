/**
 * JSON.parse that cannot be used for prototype pollution: keys that reach an object's prototype chain when the
 * parsed value is later copied or merged (`__proto__`, `constructor`, `prototype`) are dropped while parsing.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (isForbiddenKey(key) ? undefined : value)) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
