import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';

describe('the Azerbaijan–Lithuania story (data/azerbaijan-lithuania.json)', () => {
  const { dataset, diagnostics } = checkDataset(JSON.parse(readFileSync('data/azerbaijan-lithuania.json', 'utf8')));

  it('loads with no problem: every step names events, places and categories the data set has', () => {
    expect(diagnostics).toEqual([]);
  });

  it('tells nine steps, from recognition in 1991 to how the source was read', () => {
    expect(dataset.story?.steps.map((step) => step.id)).toEqual([
      'recognition-1991',
      'relations-1995',
      'offices-2007',
      'presidents-2005-2007',
      'summits-2008-2013',
      'trade',
      'twin-towns',
      'community-1988',
      'how-we-read-the-source',
    ]);
  });

  it('closes on events that carry the article’s own errors (flags)', () => {
    const last = dataset.story!.steps.at(-1)!;
    expect(last.events!.every((id) => (dataset.eventById.get(id)?.flags?.length ?? 0) > 0)).toBe(true);
  });
});
