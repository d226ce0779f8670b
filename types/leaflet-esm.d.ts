// Leaflet 1.9.4 ships an ES module build without an `exports` map; its API is the one @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

// Leaflet's ES sources, imported module by module in src/map/leaflet.ts, which gives each export its type.
declare module 'leaflet/src/*';
