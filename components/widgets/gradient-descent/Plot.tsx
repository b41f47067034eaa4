import { surfaces, type Point, type Surface } from '@/lib/widgets/gradient-descent';

const SIZE = 240;
const RANGE = 3; // the square [−3, 3]²
const CELLS = 24;
const sx = (x: number) => ((x + RANGE) / (2 * RANGE)) * SIZE;
const sy = (y: number) => SIZE - ((y + RANGE) / (2 * RANGE)) * SIZE;
/** SVG can't draw with Infinity, and a point a million units off-screen is as good as any beyond. */
const clamp = (v: number) => Math.max(-1e4, Math.min(1e4, Number.isFinite(v) ? v : 1e4));
const pts = (path: readonly Point[]) => path.map(([x, y]) => `${clamp(sx(x)).toFixed(1)},${clamp(sy(y)).toFixed(1)}`).join(' ');

const LEVELS = 10;

/**
 * The loss field as shaded cells, stronger where lower (the numbers are in the text beside it),
 * in ten shades drawn as one path each: 576 <rect>s would weigh 50 KB in every chapter's HTML.
 */
function shades(s: Surface): string[] {
  const cell = SIZE / CELLS;
  const paths = Array.from({ length: LEVELS }, () => '');
  for (const c of field(s)) {
    const level = Math.min(LEVELS - 1, Math.floor(LEVELS * (1 - (1 - c.t) ** 2)));
    paths[level] += `M${(sx(c.x) - cell / 2).toFixed(0)} ${(sy(c.y) - cell / 2).toFixed(0)}h${cell}v${cell}h-${cell}z`;
  }
  return paths;
}

function field(s: Surface) {
  const step = (2 * RANGE) / CELLS;
  const cells: { x: number; y: number; v: number }[] = [];
  for (let i = 0; i < CELLS; i++) {
    for (let j = 0; j < CELLS; j++) {
      const x = -RANGE + (i + 0.5) * step;
      const y = -RANGE + (j + 0.5) * step;
      cells.push({ x, y, v: s.loss([x, y]) - s.min });
    }
  }
  const max = Math.max(...cells.map((c) => c.v));
  return cells.map((c) => ({ ...c, t: Math.sqrt(c.v / max) }));
}

export type PlotPath = { points: readonly Point[]; dashed?: boolean };

/** The surface seen from above with the paths taken on it; shared by the fallback and the widget. */
export function SurfacePlot({ surface, paths, label }: { surface: Surface['id']; paths: readonly PlotPath[]; label: string }) {
  const s = surfaces[surface];
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label} className="aspect-square w-full max-w-[20rem] rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950">
      <g shapeRendering="crispEdges" className="fill-sky-700 dark:fill-sky-400">
        {shades(s).map((d, level) => d && <path key={level} d={d} fillOpacity={(0.55 * (LEVELS - level)) / LEVELS} />)}
      </g>
      <line x1={0} x2={SIZE} y1={SIZE / 2} y2={SIZE / 2} className="stroke-slate-400/50" strokeWidth={0.5} />
      <line y1={0} y2={SIZE} x1={SIZE / 2} x2={SIZE / 2} className="stroke-slate-400/50" strokeWidth={0.5} />
      {paths.map((p, k) => (
        <g key={k} className="stroke-amber-700 dark:stroke-amber-300" fill="none">
          <polyline points={pts(p.points)} strokeWidth={1.5} strokeDasharray={p.dashed ? '4 3' : undefined} strokeLinejoin="round" />
          <circle cx={clamp(sx(p.points[0]![0]))} cy={clamp(sy(p.points[0]![1]))} r={3} className="fill-white dark:fill-slate-950" />
          <circle cx={clamp(sx(p.points.at(-1)![0]))} cy={clamp(sy(p.points.at(-1)![1]))} r={3.5} className="fill-amber-700 dark:fill-amber-300" />
        </g>
      ))}
    </svg>
  );
}
