/** Why a record was rejected or repaired, and where it was. Diagnostics are shown to editors, so messages are plain. */

export type DiagnosticCode =
  | 'fetch-failed'
  | 'wrong-content-type'
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-dataset'
  | 'invalid-record'
  | 'invalid-date'
  | 'missing-coordinates'
  | 'invalid-coordinates'
  | 'missing-field'
  | 'duplicate-id'
  | 'unknown-place'
  | 'unknown-event'
  | 'unknown-category'
  | 'unknown-field'
  | 'invalid-link'
  | 'invalid-media'
  | 'invalid-metadata'
  /** An element's option (such as `geojson-fields`) that could not be read. */
  | 'invalid-option'
  | 'empty-dataset';

/** `features`: a GeoJSON file's features, which become places and events. */
export type Collection = 'events' | 'places' | 'links' | 'series' | 'meta' | 'eras' | 'features' | 'story';

export interface Diagnostic {
  /** `error`: the record was skipped. `warning`: it was kept, less what the message says was left out or ignored. */
  readonly severity: 'error' | 'warning';
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly collection?: Collection;
  /** Position in the file's array, from 0. */
  readonly index?: number;
  /** Row in a CSV file, from 1 for the header. */
  readonly row?: number;
  readonly id?: string;
  readonly field?: string;
}

/** "events[3] (id visit-2006)" or "places.csv row 4": where an editor should look. */
export function describeLocation(diagnostic: Diagnostic): string {
  const { collection, index, row, id } = diagnostic;
  if (!collection) return '';
  let where: string = collection;
  if (row !== undefined) where += ` row ${row}`;
  else if (index !== undefined) where += `[${index}]`;
  if (id) where += ` (id "${id}")`;
  return where;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = describeLocation(diagnostic);
  return where ? `${where}: ${diagnostic.message}` : diagnostic.message;
}

/** At most this many diagnostics are listed in a widget; `relations-error` carries all of them. */
const LISTED_DIAGNOSTICS = 100;

/** The lines of a widget's problem list: the first hundred diagnostics, then how many more there are. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  const lines = diagnostics.slice(0, LISTED_DIAGNOSTICS).map(formatDiagnostic);
  const more = diagnostics.length - lines.length;
  if (more > 0) lines.push(`and ${more} more (the relations-error event lists them all)`);
  return lines;
}

/**
 * One line for the editor's notice, for example "3 problems skipped, 2 parts left out, 1 field ignored": skipped
 * records, parts of kept records left out (an unknown place, a bad link, a series point), unknown fields ignored.
 */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (test: (d: Diagnostic) => boolean) => diagnostics.filter(test).length;
  const skipped = count((d) => d.severity === 'error');
  const ignored = count((d) => d.severity === 'warning' && d.code === 'unknown-field');
  // "No events and no places" is a warning, but nothing was left out.
  const leftOut = count((d) => d.severity === 'warning' && d.code !== 'unknown-field' && d.code !== 'empty-dataset');
  const parts: string[] = [];
  if (skipped) parts.push(`${skipped} ${skipped === 1 ? 'problem' : 'problems'} skipped`);
  if (leftOut) parts.push(`${leftOut} ${leftOut === 1 ? 'part' : 'parts'} left out`);
  if (ignored) parts.push(`${ignored} ${ignored === 1 ? 'field' : 'fields'} ignored`);
  return parts.join(', ');
}

/** Codes that mean nothing could be read at all. */
const UNREADABLE: ReadonlySet<DiagnosticCode> = new Set(['fetch-failed', 'wrong-content-type', 'invalid-json', 'invalid-csv', 'invalid-dataset']);

/**
 * The sentence a reader sees when there is nothing to show: the data could not be loaded (and why, with the URL), or
 * it holds no events and no places. `null` when there is something to show.
 */
export function nothingToShow(diagnostics: readonly Diagnostic[]): string | null {
  const why = whyNothingToShow(diagnostics);
  if (!why) return null;
  if (why.kind === 'empty') return 'Nothing to show: the data set has no events and no places.';
  return why.url ? `The data could not be loaded from ${why.url}: ${why.reason}.` : `The data could not be loaded: ${why.reason}.`;
}

export type NothingToShow =
  | {
      readonly kind: 'unreadable';
      readonly url?: string;
      readonly reason: string;
      /** The fetch itself failed (no answer, an error status): trying again may help. */
      readonly fetch: boolean;
    }
  | { readonly kind: 'empty' };

/** Why nothing can be shown, in parts a widget words in the reader's language; `null` when something can. */
export function whyNothingToShow(diagnostics: readonly Diagnostic[]): NothingToShow | null {
  const unreadable = diagnostics.find((d) => UNREADABLE.has(d.code));
  if (unreadable) {
    const fetched = /^could not load (.+?): (.+)$/.exec(unreadable.message);
    const fetch = unreadable.code === 'fetch-failed';
    return fetched
      ? { kind: 'unreadable', url: fetched[1], reason: fetched[2], fetch }
      : { kind: 'unreadable', reason: unreadable.message, fetch };
  }
  return diagnostics.some((d) => d.code === 'empty-dataset') ? { kind: 'empty' } : null;
}

/** How many records were skipped (left out of the views); repaired ones are shown, so readers are not told of them. */
export function skippedCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
