import type { Matrix } from '@/lib/widgets/attention';

/**
 * The attention matrix as a table: every cell prints its weight (colour only repeats it), masked
 * cells say so. Shared by the static fallback and the live widget, which highlights one row.
 */
export function Heatmap({ tokens, weights, focus, caption, corner, masked }: { tokens: string[]; weights: Matrix; focus?: number; caption: string; corner: string; masked: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full table-fixed border-separate border-spacing-0.5 text-center text-xs tabular-nums">
        <caption className="caption-bottom pt-2 text-left text-xs text-slate-600 dark:text-slate-400">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-16 text-left text-[10px] font-normal text-slate-500 dark:text-slate-400">
              {corner}
            </th>
            {tokens.map((t, j) => (
              <th key={j} scope="col" className="truncate px-0.5 font-medium">
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weights.map((row, i) => (
            <tr key={i} data-focus={i === focus ? 'true' : undefined}>
              <th scope="row" className={`truncate pr-1 text-left font-medium ${i === focus ? 'text-sky-800 underline decoration-2 dark:text-sky-300' : ''}`}>
                {tokens[i]}
              </th>
              {row.map((w, j) => (
                <td
                  key={j}
                  className={`rounded-sm py-1 ${i === focus ? 'outline-2 outline-sky-700 dark:outline-sky-300' : ''}`}
                  // At most 58 % blue, so the page's own text colour (dark on light, light on dark) keeps 4.5:1.
                  style={{ backgroundColor: `rgba(3, 105, 161, ${0.08 + 0.5 * w})` }}
                  title={w === 0 && j > i ? masked : undefined}
                >
                  {w === 0 && j > i ? '·' : w.toFixed(2)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
