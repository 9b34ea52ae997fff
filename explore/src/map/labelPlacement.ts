import type { ViewBox } from './mapGeometry';

/** Where a city's label goes: beside its dot, above, below, or hidden (shown on hover and focus). */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'hidden';

export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Never hidden (the home city): where nothing fits, it takes the first side inside the view box anyway. */
  readonly always?: boolean;
}

export interface PlacedLabel {
  readonly side: LabelSide;
  /** The text's anchor point and SVG text-anchor. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Width of a label in the map's units, estimated (no DOM): about 0.6 em a character. */
export function labelWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6;
}

/**
 * Places labels greedily, in the order given (the home city first): each
 * takes the first of right, left, above, below of its dot where it overlaps
 * no dot and no label placed before, inside the view box; else it is
 * hidden (unless it must always show). `k` is the view box's scale (map units per screen unit at full
 * size): dots and fonts keep their screen size when zoomed. Pure.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  box: ViewBox,
  k: number,
  options: { fontSize?: number; dotRadius?: number; gap?: number } = {},
): Map<string, PlacedLabel> {
  const font = (options.fontSize ?? 12) * k;
  const radius = (options.dotRadius ?? 7) * k;
  const gap = (options.gap ?? 9) * k;
  const taken: Rect[] = requests.map((r) => ({
    x0: r.x - radius,
    y0: r.y - radius,
    x1: r.x + radius,
    y1: r.y + radius,
  }));
  const inside = (r: Rect): boolean =>
    r.x0 >= box.x && r.y0 >= box.y && r.x1 <= box.x + box.width && r.y1 <= box.y + box.height;
  const placed = new Map<string, PlacedLabel>();
  for (const [index, request] of requests.entries()) {
    const w = labelWidth(request.text, font);
    const ascent = font * 0.8;
    const descent = font * 0.25;
    const candidates: [LabelSide, PlacedLabel, Rect][] = [
      [
        'right',
        { side: 'right', x: request.x + gap, y: request.y + font / 3, anchor: 'start' },
        {
          x0: request.x + gap,
          x1: request.x + gap + w,
          y0: request.y + font / 3 - ascent,
          y1: request.y + font / 3 + descent,
        },
      ],
      [
        'left',
        { side: 'left', x: request.x - gap, y: request.y + font / 3, anchor: 'end' },
        {
          x0: request.x - gap - w,
          x1: request.x - gap,
          y0: request.y + font / 3 - ascent,
          y1: request.y + font / 3 + descent,
        },
      ],
      [
        'above',
        { side: 'above', x: request.x, y: request.y - gap, anchor: 'middle' },
        { x0: request.x - w / 2, x1: request.x + w / 2, y0: request.y - gap - ascent, y1: request.y - gap + descent },
      ],
      [
        'below',
        { side: 'below', x: request.x, y: request.y + gap + ascent, anchor: 'middle' },
        { x0: request.x - w / 2, x1: request.x + w / 2, y0: request.y + gap, y1: request.y + gap + ascent + descent },
      ],
    ];
    const others = taken.filter((_, i) => i !== index);
    const fit =
      candidates.find(([, , rect]) => inside(rect) && !others.some((t) => overlaps(rect, t))) ??
      (request.always ? (candidates.find(([, , rect]) => inside(rect)) ?? candidates[0]) : undefined);
    if (fit) {
      placed.set(request.id, fit[1]);
      taken.push(fit[2]);
    } else {
      // Shown on hover and focus only: on the side where it is not cut off.
      const left = request.x + gap + w > box.x + box.width;
      placed.set(request.id, {
        side: 'hidden',
        x: left ? request.x - gap : request.x + gap,
        y: request.y + font / 3,
        anchor: left ? 'end' : 'start',
      });
    }
  }
  return placed;
}
