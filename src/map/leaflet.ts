/**
 * Leaflet, only the modules the map uses, from its ES sources: the full build also carries popups, GeoJSON, the
 * controls, image and video overlays, WMS and the keyboard handler, none of which the map runs (about 10 kB gzip).
 * The sources are untyped; each export gets the type @types/leaflet gives it in the full build.
 */
import type * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';
import { Map as MapClass, createMap } from 'leaflet/src/map/Map.js';
// The handlers the map turns on register themselves with the map class when imported.
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
// Polylines find their renderer (SVG) through this.
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';
import { Marker as MarkerClass, marker as markerFactory } from 'leaflet/src/layer/marker/Marker.js';
import { divIcon as divIconFactory } from 'leaflet/src/layer/marker/DivIcon.js';
import { Polyline as PolylineClass, polyline as polylineFactory } from 'leaflet/src/layer/vector/Polyline.js';
import { LayerGroup as LayerGroupClass, layerGroup as layerGroupFactory } from 'leaflet/src/layer/LayerGroup.js';
import { Layer as LayerClass } from 'leaflet/src/layer/Layer.js';
import { TileLayer as TileLayerClass, tileLayer as tileLayerFactory } from 'leaflet/src/layer/tile/TileLayer.js';
import { Tooltip as TooltipClass, tooltip as tooltipFactory } from 'leaflet/src/layer/Tooltip.js';
import { Point as PointClass, toPoint } from 'leaflet/src/geometry/Point.js';
import { toLatLng } from 'leaflet/src/geo/LatLng.js';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import * as DomEventModule from 'leaflet/src/dom/DomEvent.js';
import * as DomUtilModule from 'leaflet/src/dom/DomUtil.js';
import * as UtilModule from 'leaflet/src/core/Util.js';

export const Map = MapClass as typeof Leaflet.Map;
export type Map = Leaflet.Map;
export const map = createMap as typeof Leaflet.map;
export const Marker = MarkerClass as typeof Leaflet.Marker;
export type Marker = Leaflet.Marker;
export const marker = markerFactory as typeof Leaflet.marker;
export const divIcon = divIconFactory as typeof Leaflet.divIcon;
export const Polyline = PolylineClass as typeof Leaflet.Polyline;
export type Polyline = Leaflet.Polyline;
export const polyline = polylineFactory as typeof Leaflet.polyline;
export const LayerGroup = LayerGroupClass as typeof Leaflet.LayerGroup;
export type LayerGroup = Leaflet.LayerGroup;
export const layerGroup = layerGroupFactory as typeof Leaflet.layerGroup;
export const Layer = LayerClass as typeof Leaflet.Layer;
export type Layer = Leaflet.Layer;
export const TileLayer = TileLayerClass as typeof Leaflet.TileLayer;
export type TileLayer = Leaflet.TileLayer;
export const tileLayer = tileLayerFactory as typeof Leaflet.tileLayer;
export const Tooltip = TooltipClass as typeof Leaflet.Tooltip;
export type Tooltip = Leaflet.Tooltip;
export const tooltip = tooltipFactory as typeof Leaflet.tooltip;
export const Point = PointClass as typeof Leaflet.Point;
export type Point = Leaflet.Point;
export const point = toPoint as typeof Leaflet.point;
export const latLng = toLatLng as typeof Leaflet.latLng;
export const latLngBounds = toLatLngBounds as typeof Leaflet.latLngBounds;
export const DomEvent = DomEventModule as unknown as typeof Leaflet.DomEvent;
export const DomUtil = DomUtilModule as unknown as typeof Leaflet.DomUtil;
export const Util = UtilModule as unknown as typeof Leaflet.Util;
