// Plain Leaflet 1.9.4 at its fastest for many points: the map created, a canvas renderer, one circleMarker per place.
import * as L from '/node_modules/leaflet/dist/leaflet-src.esm.js';
import { dataset } from '/bench/dataset.js';
import { host, install } from './common.js';

install({
  prepare: (n) => dataset(n),
  draw(data) {
    const map = L.map(host, { preferCanvas: true, renderer: L.canvas(), attributionControl: false }).setView(
      [20, 0],
      2,
    );
    const layers = new Array(data.places.length);
    for (let i = 0; i < data.places.length; i++) {
      const p = data.places[i];
      layers[i] = L.circleMarker([p.lat, p.lon], { radius: 4, weight: 1 });
    }
    L.layerGroup(layers).addTo(map);
    return { marks: layers.length };
  },
});
