import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { compileValidators, declarations, withoutAnnotations } from '../../scripts/compile-schema.mjs';

describe('generated schema validators', () => {
  it('match data/schema.json (run `npm run schema` after editing the schema)', () => {
    const committed = readFileSync(new URL('../../src/data/generated/validators.js', import.meta.url), 'utf8');
    expect(committed).toBe(compileValidators());
    const committedTypes = readFileSync(new URL('../../src/data/generated/validators.d.ts', import.meta.url), 'utf8');
    expect(committedTypes).toBe(declarations());
  });

  it('contain no require() or run-time code generation, so they work on strict-CSP pages', () => {
    const committed = readFileSync(new URL('../../src/data/generated/validators.js', import.meta.url), 'utf8');
    expect(committed).not.toMatch(/\brequire\(|new Function|\beval\(/);
  });

  it('leave out the titles and descriptions, which only editors read, but keep fields named title and description', () => {
    const committed = readFileSync(new URL('../../src/data/generated/validators.js', import.meta.url), 'utf8');
    expect(committed).not.toContain('Something that happened, when and where.');
    expect(
      withoutAnnotations({
        title: 'Event',
        description: 'Something that happened.',
        properties: { title: { title: 'Title', type: 'string' }, description: { $ref: '#/definitions/text' } },
        enum: [{ title: 'kept' }],
      }),
    ).toEqual({
      properties: { title: { type: 'string' }, description: { $ref: '#/definitions/text' } },
      enum: [{ title: 'kept' }],
    });
  });
});
