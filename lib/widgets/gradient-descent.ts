// Gradient descent with momentum on three 2-D loss surfaces (section 2.2), shared by the
// gradient-descent widget and its static fallback. Pure functions: tested in tests/unit/lib/widgets/.

export type Point = readonly [number, number];

export type Surface = {
  id: 'bowl' | 'ravine' | 'saddle';
  loss(p: Point): number;
  grad(p: Point): Point;
  start: Point;
  /** The lowest loss on the surface, so curves can show the distance still to go. */
  min: number;
};

/**
 * bowl: x² + y², the same curvature everywhere (stable for η < 1).
 * ravine: x² + 25y², 25 times as curved across as along (stable for η < 0.04, slow along x).
 * saddle: x² − y² + y⁴/4, a saddle at the origin between two minima at y = ±√2 (loss −1).
 */
export const surfaces: Record<Surface['id'], Surface> = {
  bowl: { id: 'bowl', loss: ([x, y]) => x * x + y * y, grad: ([x, y]) => [2 * x, 2 * y], start: [-2.5, 2], min: 0 },
  ravine: { id: 'ravine', loss: ([x, y]) => x * x + 25 * y * y, grad: ([x, y]) => [2 * x, 50 * y], start: [-2.5, 1.2], min: 0 },
  saddle: { id: 'saddle', loss: ([x, y]) => x * x - y * y + (y * y * y * y) / 4, grad: ([x, y]) => [2 * x, -2 * y + y * y * y], start: [-2.5, 0.05], min: -1 },
};

export type State = { p: Point; v: Point };

/** One step of heavy-ball momentum: v ← βv − η∇L(θ), θ ← θ + v (β = 0 is plain gradient descent). */
export function step(s: Surface, { p, v }: State, lr: number, momentum: number): State {
  const g = s.grad(p);
  const nv: Point = [momentum * v[0] - lr * g[0], momentum * v[1] - lr * g[1]];
  return { p: [p[0] + nv[0], p[1] + nv[1]], v: nv };
}

/** Far outside the plotted square, or no longer a number: the run has blown up. */
export function diverged(p: Point): boolean {
  return !(Math.abs(p[0]) < 1e3 && Math.abs(p[1]) < 1e3);
}

/** Up to `steps` steps from the surface's start; stops early once it has diverged. */
export function run(s: Surface, lr: number, momentum: number, steps: number): Point[] {
  let state: State = { p: s.start, v: [0, 0] };
  const path: Point[] = [state.p];
  for (let i = 0; i < steps && !diverged(state.p); i++) {
    state = step(s, state, lr, momentum);
    path.push(state.p);
  }
  return path;
}

/** The learning-rate slider moves in powers of ten, so 0.001 and 1 are equally easy to reach. */
export function lrFromSlider(t: number): number {
  return Number((10 ** t).toPrecision(2));
}

/** A loss for people: three significant digits, and powers of ten once it is below 0.001. */
export function formatLoss(x: number, lang: string): string {
  if (!Number.isFinite(x)) return '∞';
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(2).replace('e', '×10^');
  return x.toLocaleString(lang, { maximumSignificantDigits: 3 });
}
