// Leaflet.markercluster 1.5.3 (UMD, on the page's global L): the map created, every place a canvas circleMarker
// handed to one MarkerClusterGroup through addLayers.
import { dataset } from '/bench/dataset.js';
import { host, install } from './common.js';

const L = window.L;

install({
  prepare: (n) => dataset(n),
  draw(data) {
    const map = L.map(host, { preferCanvas: true, attributionControl: false, maxZoom: 18 }).setView([20, 0], 2);
    const layers = new Array(data.places.length);
    for (let i = 0; i < data.places.length; i++) {
      const p = data.places[i];
      layers[i] = L.circleMarker([p.lat, p.lon], { radius: 4, weight: 1 });
    }
    const group = L.markerClusterGroup();
    group.addLayers(layers);
    map.addLayer(group);
    return { marks: host.querySelectorAll('.marker-cluster').length };
  },
});
