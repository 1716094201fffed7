/**
 * The signature pad of `<sav-completion-certificate>`: strokes drawn on a canvas with a mouse, a
 * finger or a pen (pointer events, one pointer at a time), kept as points in a fixed 600 × 200 box
 * whatever the canvas's size on screen, and given to the gateway as SVG path data (`M x y L x y …`,
 * one `M` per stroke) — the only form the API takes for a drawn signature.
 */

/** The drawing's coordinate box (also the outcome's SVG `viewBox`). */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;
import { MAX_DRAWING_LENGTH } from './completion-certificate.path.js';

export { isSignaturePath, MAX_DRAWING_LENGTH } from './completion-certificate.path.js';

type Point = readonly [x: number, y: number];

/** The path data of strokes: `M x y L x y …` per stroke; a single tap is a dot (`M x y L x y`). */
export function pathOf(strokes: readonly (readonly Point[])[]): string {
  return strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => {
      const points = stroke.length === 1 ? [stroke[0]!, stroke[0]!] : stroke;
      return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
    })
    .join(' ');
}

/** The strokes drawn so far, fed by the canvas's pointer events; `onChange` after each finished stroke or clear. */
export class SignaturePad {
  #strokes: Point[][] = [];
  #pointerId: number | undefined;
  #canvas: HTMLCanvasElement | undefined;
  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /** The drawing as SVG path data ('' while empty). */
  get pathData(): string {
    return pathOf(this.#strokes);
  }

  get empty(): boolean {
    return this.#strokes.length === 0;
  }

  /** The canvas shown now (a re-render may give a new one): drawn again from the strokes kept. */
  attach(canvas: Element | undefined): void {
    this.#canvas = canvas instanceof HTMLCanvasElement ? canvas : undefined;
    this.#redraw();
  }

  clear(): void {
    this.#strokes = [];
    this.#pointerId = undefined;
    this.#redraw();
    this.#onChange();
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (this.#pointerId !== undefined || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    this.#pointerId = event.pointerId;
    const canvas = event.currentTarget as HTMLCanvasElement;
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (tests, assistive tools) cannot be captured: the moves still reach the canvas.
    }
    this.#strokes.push([this.#point(canvas, event)]);
    this.#redraw();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerId !== this.#pointerId) return;
    event.preventDefault();
    const stroke = this.#strokes.at(-1)!;
    const point = this.#point(event.currentTarget as HTMLCanvasElement, event);
    const last = stroke.at(-1)!;
    if (last[0] === point[0] && last[1] === point[1]) return;
    // Stop adding points before the drawing outgrows what the gateway takes (each point ≤ 10 characters).
    if (this.pathData.length > MAX_DRAWING_LENGTH - 20) return;
    stroke.push(point);
    this.#redraw();
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (event.pointerId !== this.#pointerId) return;
    this.#pointerId = undefined;
    this.#redraw();
    this.#onChange();
  };

  /** A pointer's position in the pad's box, in whole units, kept inside it. */
  #point(canvas: HTMLCanvasElement, event: PointerEvent): Point {
    const box = canvas.getBoundingClientRect();
    const scale = (value: number, size: number, extent: number) => Math.min(extent, Math.max(0, Math.round((value * extent) / (size || extent))));
    return [scale(event.clientX - box.left, box.width, PAD_WIDTH), scale(event.clientY - box.top, box.height, PAD_HEIGHT)];
  }

  #redraw(): void {
    const canvas = this.#canvas;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.strokeStyle = getComputedStyle(canvas).color;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    for (const stroke of this.#strokes) {
      const points = stroke.length === 1 ? [stroke[0]!, stroke[0]!] : stroke;
      context.beginPath();
      // A tap is a zero-length line: its round cap draws a dot.
      points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
      context.stroke();
    }
  }
}
