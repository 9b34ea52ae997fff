import { describe, expect, it } from 'vitest';
import {
  arcRuns,
  EUROPE,
  fitViewBox,
  hasCoordinates,
  MAP_HEIGHT,
  MAP_WIDTH,
  pathOf,
  projectPoint,
  viewBoxAttribute,
  worldProjection,
  type Point,
} from '../../src/map/mapGeometry';

const projection = worldProjection();
const KRANJ = { lng: 14.35561, lat: 46.23887 };
const YEKATERINBURG = { lng: 60.6122, lat: 56.8519 };
const ZHANGJIAKOU = { lng: 114.87944, lat: 40.81 };
const TOKYO = { lng: 139.69, lat: 35.69 };
const SAN_FRANCISCO = { lng: -122.42, lat: 37.77 };

describe('worldProjection and projectPoint', () => {
  it('puts the world inside the drawing area, east to the right and north up', () => {
    const kranj = projectPoint(projection, KRANJ)!;
    const yek = projectPoint(projection, YEKATERINBURG)!;
    for (const p of [kranj, yek]) {
      expect(p[0]).toBeGreaterThan(0);
      expect(p[0]).toBeLessThan(MAP_WIDTH);
      expect(p[1]).toBeGreaterThan(0);
      expect(p[1]).toBeLessThan(MAP_HEIGHT);
    }
    expect(yek[0]).toBeGreaterThan(kranj[0]);
    expect(yek[1]).toBeLessThan(kranj[1]);
    const centre = projectPoint(projection, { lng: 0, lat: 0 })!;
    expect(centre[0]).toBeCloseTo(MAP_WIDTH / 2, 0);
    expect(centre[1]).toBeCloseTo(MAP_HEIGHT / 2, 0);
  });

  it('tells which cities have usable coordinates', () => {
    expect(hasCoordinates({ lat: 46.2, lng: 14.3 })).toBe(true);
    expect(hasCoordinates({ lat: null, lng: 14.3 })).toBe(false);
    expect(hasCoordinates({ lat: 46.2 })).toBe(false);
    expect(hasCoordinates({ lat: 95, lng: 14.3 })).toBe(false);
    expect(hasCoordinates({ lat: Number.NaN, lng: 14.3 })).toBe(false);
  });
});

describe('arcRuns (great circles)', () => {
  it('runs from one city to the other in one piece and bows north like a great circle', () => {
    const runs = arcRuns(projection, KRANJ, ZHANGJIAKOU, 32);
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run).toHaveLength(33);
    const [start, end] = [run[0]!, run[run.length - 1]!];
    expect(start[0]).toBeCloseTo(projectPoint(projection, KRANJ)![0], 6);
    expect(end[1]).toBeCloseTo(projectPoint(projection, ZHANGJIAKOU)![1], 6);
    // The midpoint of the great circle lies north of both ends (smaller y).
    const middle = run[16]!;
    expect(middle[1]).toBeLessThan(Math.min(start[1], end[1]));
  });

  it('breaks an arc that crosses the antimeridian in two, so no line spans the map', () => {
    const runs = arcRuns(projection, TOKYO, SAN_FRANCISCO);
    expect(runs).toHaveLength(2);
    for (const run of runs)
      for (let i = 1; i < run.length; i++) expect(Math.abs(run[i]![0] - run[i - 1]![0])).toBeLessThan(MAP_WIDTH / 4);
  });

  it('writes runs as an SVG path with one move per run', () => {
    const runs: Point[][] = [
      [
        [1, 2],
        [3.14159, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ];
    expect(pathOf(runs)).toBe('M1,2L3.1,4M5,6L7,8');
  });
});

describe('fitViewBox', () => {
  const europe = EUROPE.map((c) => projectPoint(projection, c)!);

  it('gives the whole world when there is nothing to frame', () => {
    expect(fitViewBox([])).toEqual({ x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT });
  });

  it('frames Europe and the partners with a margin, at the drawing area’s aspect ratio', () => {
    const points = [...europe, projectPoint(projection, YEKATERINBURG)!];
    const box = fitViewBox(points);
    expect(box.width / box.height).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 6);
    expect(box.width).toBeLessThan(MAP_WIDTH);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThan(box.x);
      expect(x).toBeLessThan(box.x + box.width);
      expect(y).toBeGreaterThan(box.y);
      expect(y).toBeLessThan(box.y + box.height);
    }
  });

  it('widens to take in a partner in China, and stays inside the world', () => {
    const near = fitViewBox(europe);
    const far = fitViewBox([...europe, projectPoint(projection, ZHANGJIAKOU)!]);
    expect(far.width).toBeGreaterThan(near.width);
    expect(far.x).toBeGreaterThanOrEqual(0);
    expect(far.y).toBeGreaterThanOrEqual(0);
    expect(far.x + far.width).toBeLessThanOrEqual(MAP_WIDTH);
    expect(far.y + far.height).toBeLessThanOrEqual(MAP_HEIGHT);
  });

  it('gives the whole world when the partners are all over it', () => {
    const spread = [SAN_FRANCISCO, TOKYO, { lng: 151.2, lat: -33.9 }, KRANJ].map((c) => projectPoint(projection, c)!);
    expect(fitViewBox(spread)).toEqual({ x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT });
  });

  it('keeps a minimum width around a single point', () => {
    const box = fitViewBox([[480, 250]]);
    expect(box.width).toBeCloseTo(MAP_WIDTH / 8, 6);
    expect(box.x + box.width / 2).toBeCloseTo(480, 6);
    expect(viewBoxAttribute({ x: 1.04, y: 2, width: 3.333, height: 4 })).toBe('1 2 3.3 4');
  });
});
