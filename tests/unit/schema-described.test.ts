import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface SchemaNode {
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

const schema = JSON.parse(readFileSync('data/schema.json', 'utf8')) as SchemaNode;

/** Every field and definition of the schema, by its JSON pointer. */
function fields(node: SchemaNode, path = ''): [string, SchemaNode][] {
  const found: [string, SchemaNode][] = [];
  for (const key of ['properties', 'definitions'] as const) {
    for (const [name, child] of Object.entries(node[key] ?? {})) {
      found.push([`${path}/${key}/${name}`, child], ...fields(child, `${path}/${key}/${name}`));
    }
  }
  if (node.items) found.push(...fields(node.items, `${path}/items`));
  return found;
}

describe('data/schema.json explains itself to editors (issue 11, item 7)', () => {
  it('every field and definition has a title and a description, for autocomplete in an editor', () => {
    const all = fields(schema);
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter(([, node]) => !node.title || !node.description).map(([path]) => path)).toEqual([]);
  });

  it('names the fields an editor reaches for first in plain words', () => {
    const event = schema.definitions!.event.properties!;
    expect(event.date.title).toBe('Date');
    expect(event.places.description).toBe(
      'Ids of the places of the event; for a visit the origin first, then the destination.',
    );
    expect(schema.definitions!.meta.properties!.parties.title).toBe('Parties');
  });
});
