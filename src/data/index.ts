export * from './types.js';
export * from './edtf.js';
export * from './format-date.js';
export * from './diagnostics.js';
export * from './loaded.js';
export * from './check-dataset.js';
export * from './load.js';
export { isTimelineJsCsv, isTimelineJsJson } from './timelinejs-detect.js';
import { useGeojson } from './load.js';
import * as geojsonLoader from './load-geojson.js';

// The data layer on its own reads GeoJSON synchronously (the elements load the reader only for GeoJSON data).
useGeojson(geojsonLoader);
export * from './csv.js';
export * from './csv-write.js';
export * from './geojson.js';
export * from './dataset-file.js';
export * from './selection.js';
export * from './localize.js';
export * from './safe-url.js';
