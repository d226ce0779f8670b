// The drop-in file: `<script type="module" src="relations-atlas.bundle.js">`. A small loader: each tag's code is a
// chunk beside it (every dependency and all CSS inside), fetched when an element of that tag first appears in the
// document. `load(tag)` fetches one ahead of that and resolves to its class; `getChannel` joins a channel.
import { autoload, type ChunkFiles, type LazyElement } from './autoload.js';

export { getChannel, RelationsChannel } from './bus/channel.js';

const elements = new Map<string, LazyElement>([
  [
    'relations-timeline',
    { chunk: 'timeline', load: () => import('./timeline/timeline.js').then((m) => m.RelationsTimeline) },
  ],
  ['relations-map', { chunk: 'map', load: () => import('./map/map.js').then((m) => m.RelationsMap) }],
  ['relations-atlas', { chunk: 'atlas', load: () => import('./atlas/atlas.js').then((m) => m.RelationsAtlas) }],
  ['relations-story', { chunk: 'story', load: () => import('./story/story.js').then((m) => m.RelationsStory) }],
  // The atlas's panel and table come with the atlas's chunk (which defines them too): as entries of their own they
  // split what they share with the atlas into half a dozen more files, which cost an atlas page 5 kB gzip.
  [
    'relations-details-panel',
    { chunk: 'atlas', load: () => import('./atlas/atlas.js').then((m) => m.RelationsDetailsPanel) },
  ],
  [
    'relations-event-table',
    { chunk: 'atlas', load: () => import('./atlas/atlas.js').then((m) => m.RelationsEventTable) },
  ],
]);

// The build writes the chunks' files here (scripts/bundle-chunks.mjs); run from the sources, there are none to name.
const CHUNK_FILES = '__RELATIONS_ATLAS_CHUNK_FILES__';
const files: ChunkFiles = CHUNK_FILES.startsWith('{') ? JSON.parse(CHUNK_FILES) : { entries: {}, imports: {} };

export const load = autoload(elements, files, import.meta.url);
