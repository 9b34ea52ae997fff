import type { GeoProjection } from 'd3-geo';
import { geoGraticule10, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/**
 * The world's outlines as SVG paths: Natural Earth's 1:110m countries
 * (world-atlas 2.0.2, public domain), bundled, never fetched from elsewhere.
 * Loaded with a dynamic import so that its 108 KB stay out of the first load.
 */
export interface WorldShapes {
  readonly sphere: string;
  readonly graticule: string;
  readonly land: string;
  readonly borders: string;
}

export function worldShapes(projection: GeoProjection): WorldShapes {
  const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const path = geoPath(projection);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: path(feature(topology, topology.objects.land)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}
