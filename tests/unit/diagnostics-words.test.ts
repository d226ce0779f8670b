import { describe, expect, it } from 'vitest';
import { nothingToShow, skippedCount, type Diagnostic } from '../../src/data/diagnostics.js';

const d = (code: Diagnostic['code'], message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  severity,
  code,
  message,
});

describe('nothingToShow', () => {
  it('says in words why the data could not be loaded, with the URL', () => {
    expect(nothingToShow([d('fetch-failed', 'could not load /data/x.json: the server answered 404 Not Found')])).toBe(
      'The data could not be loaded from /data/x.json: the server answered 404 Not Found.',
    );
    expect(nothingToShow([d('wrong-content-type', '/page.html is text/html, not JSON or CSV data')])).toBe(
      'The data could not be loaded: /page.html is text/html, not JSON or CSV data.',
    );
    expect(nothingToShow([d('invalid-json', 'the text is not JSON: Unexpected token')])).toBe(
      'The data could not be loaded: the text is not JSON: Unexpected token.',
    );
  });

  it('says when the data set is empty, and nothing when there is something to show', () => {
    expect(nothingToShow([d('empty-dataset', 'the data set has no events and no places', 'warning')])).toBe(
      'Nothing to show: the data set has no events and no places.',
    );
    expect(nothingToShow([d('invalid-date', 'bad'), d('duplicate-id', 'twice', 'warning')])).toBeNull();
    expect(nothingToShow([])).toBeNull();
  });
});

describe('skippedCount', () => {
  it('counts the skipped records, not the repaired ones', () => {
    expect(skippedCount([d('invalid-date', 'a'), d('unknown-field', 'b', 'warning'), d('missing-field', 'c')])).toBe(2);
    expect(skippedCount([])).toBe(0);
  });
});
