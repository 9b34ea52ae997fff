import { geoInterpolate, geoNaturalEarth1, type GeoProjection } from 'd3-geo';

/**
 * The map's geometry, pure: the world in Natural Earth projection fitted to
 * a fixed drawing area (the SVG's user units), points and great-circle arcs
 * in it, and the view box that frames what matters.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}
export type Point = readonly [number, number];

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The whole world in the drawing area, with a small margin. */
export function worldProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
}

export function hasCoordinates<T extends { lat?: number | null; lng?: number | null }>(city: T): city is T & LngLat {
  return (
    typeof city.lat === 'number' &&
    typeof city.lng === 'number' &&
    Number.isFinite(city.lat) &&
    Number.isFinite(city.lng) &&
    Math.abs(city.lat) <= 90 &&
    Math.abs(city.lng) <= 180
  );
}

/** Where a place is drawn; null when the projection cannot show it. */
export function projectPoint(projection: GeoProjection, place: LngLat): Point | null {
  const p = projection([place.lng, place.lat]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}

/**
 * The great circle from one place to another, as runs of drawn points: one
 * run, or two where the circle crosses the map's edge (the antimeridian),
 * so that no line is drawn across the whole map.
 */
export function arcRuns(projection: GeoProjection, from: LngLat, to: LngLat, steps = 64): Point[][] {
  const along = geoInterpolate([from.lng, from.lat], [to.lng, to.lat]);
  const runs: Point[][] = [];
  let run: Point[] = [];
  let previousLng: number | null = null;
  for (let i = 0; i <= steps; i++) {
    const [lng, lat] = along(i / steps);
    const p = projectPoint(projection, { lng, lat });
    if (!p) continue;
    if (previousLng !== null && Math.abs(lng - previousLng) > 180 && run.length) {
      runs.push(run);
      run = [];
    }
    previousLng = lng;
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** An SVG path of runs of points: "M x,y L x,y …", one M per run. */
export function pathOf(runs: readonly (readonly Point[])[]): string {
  return runs.map((run) => run.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p[0])},${round(p[1])}`).join('')).join('');
}

/** Corners of the part of the map that is always in view when fitting: Europe, where our municipalities are. */
export const EUROPE: readonly LngLat[] = [
  { lng: -10, lat: 36 },
  { lng: 30, lat: 36 },
  { lng: -10, lat: 60 },
  { lng: 30, lat: 60 },
  { lng: 10, lat: 62 },
  { lng: 10, lat: 35 },
];

/**
 * The view box that frames the given points (with a margin), widened to
 * the drawing area's aspect ratio and kept inside the world; the whole
 * world when there is nothing to frame or the frame would be most of it.
 */
export function fitViewBox(
  points: readonly Point[],
  options: { width?: number; height?: number; margin?: number; minWidth?: number } = {},
): ViewBox {
  const width = options.width ?? MAP_WIDTH;
  const height = options.height ?? MAP_HEIGHT;
  const world: ViewBox = { x: 0, y: 0, width, height };
  if (points.length === 0) return world;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  const margin = options.margin ?? 0.12;
  const minWidth = options.minWidth ?? width / 8;
  const padX = Math.max((x1 - x0) * margin, minWidth / 10);
  const padY = Math.max((y1 - y0) * margin, minWidth / 10);
  x0 -= padX;
  x1 += padX;
  y0 -= padY;
  y1 += padY;
  let w = Math.max(x1 - x0, minWidth);
  let h = y1 - y0;
  const aspect = width / height;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  // Almost the whole world: show all of it rather than a slightly cropped one.
  if (w >= width * 0.85 || h >= height * 0.85) return world;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), width - w);
  const y = Math.min(Math.max(cy - h / 2, 0), height - h);
  return { x, y, width: w, height: h };
}

export function viewBoxAttribute(box: ViewBox): string {
  return [box.x, box.y, box.width, box.height].map(round).join(' ');
}
