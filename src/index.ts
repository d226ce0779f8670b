// relations-atlas: the elements (defined on import), their data layer and the channel bus.
export * from './data/index.js';
export * from './bus/index.js';
export { categoryColor, defaultCategoryColor } from './common/palette.js';
export { RelationsTimeline } from './timeline/timeline.js';
export { RelationsMap } from './map/map.js';
export { RelationsAtlas } from './atlas/atlas.js';
export { RelationsStory } from './story/story.js';
