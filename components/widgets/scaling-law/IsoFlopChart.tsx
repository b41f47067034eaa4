import { isoFlopCurve, optimalSplit, predictedLoss, twentyTokensPerParameter } from '@/lib/widgets/scaling-law';

const W = 300;
const H = 150;
const PAD = { l: 34, r: 8, t: 8, b: 22 };

/**
 * Predicted loss against log N for one budget, with the fit's minimum (circle), the 20-tokens
 * rule (square) and the reader's model (diamond): shapes and the legend, not colour, tell them apart.
 */
export function IsoFlopChart({ c, yourN, label, names }: { c: number; yourN?: number; label: string; names: { optimum: string; rule: string; yours: string } }) {
  const opt = optimalSplit(c);
  const lo = Math.log10(opt.n) - 2;
  const hi = Math.log10(opt.n) + 2;
  const curve = isoFlopCurve(c, lo, hi, 80);
  const lMin = predictedLoss(opt.n, opt.d);
  const lMax = lMin + 0.35;
  const x = (n: number) => PAD.l + ((Math.log10(n) - lo) / (hi - lo)) * (W - PAD.l - PAD.r);
  const yLo = lMin - 0.02;
  const y = (l: number) => PAD.t + (1 - (Math.min(l, lMax) - yLo) / (lMax - yLo)) * (H - PAD.t - PAD.b);
  const at = (n: number) => [x(n), y(predictedLoss(n, c / (6 * n)))] as const;
  const rule = twentyTokensPerParameter(c).n;
  const ticks = [Math.ceil(lo), Math.ceil(lo) + 1, Math.ceil(lo) + 2, Math.ceil(lo) + 3].filter((t) => t <= hi);
  const [ox, oy] = at(opt.n);
  const [rx, ry] = at(rule);
  const mark = 'fill-white stroke-current dark:fill-slate-950';
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="w-full max-w-xl text-slate-800 dark:text-slate-200">
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className="stroke-slate-400" strokeWidth={0.5} />
        {ticks.map((t) => (
          <text key={t} x={x(10 ** t)} y={H - 8} textAnchor="middle" className="fill-slate-500 text-[8px] dark:fill-slate-400">
            {`10^${t}`}
          </text>
        ))}
        {[lMin, lMin + 0.1, lMin + 0.2, lMin + 0.3].map((l) => (
          <text key={l} x={PAD.l - 3} y={y(l) + 3} textAnchor="end" className="fill-slate-500 text-[8px] dark:fill-slate-400">
            {l.toFixed(2)}
          </text>
        ))}
        <polyline points={curve.map((p) => `${x(p.n).toFixed(1)},${y(p.loss).toFixed(1)}`).join(' ')} fill="none" className="stroke-sky-700 dark:stroke-sky-400" strokeWidth={1.5} />
        <circle cx={ox} cy={oy} r={4} className={mark} strokeWidth={1.5} />
        <rect x={rx - 3.5} y={ry - 3.5} width={7} height={7} className={mark} strokeWidth={1.5} />
        {yourN !== undefined && (() => {
          const [yx, yy] = at(yourN);
          return <path d={`M${yx} ${yy - 5}L${yx + 5} ${yy}L${yx} ${yy + 5}L${yx - 5} ${yy}Z`} className="fill-amber-600 stroke-amber-800 dark:fill-amber-300 dark:stroke-amber-200" strokeWidth={1} />;
        })()}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600 dark:text-slate-400">
        <span>○ {names.optimum}</span>
        <span>□ {names.rule}</span>
        {yourN !== undefined && <span>◆ {names.yours}</span>}
      </figcaption>
    </figure>
  );
}
