import type { HeadingInfo } from '@/lib/mdx/remark-heading-ids';

export function OnThisPage({ title, headings, numbers }: { title: string; headings: HeadingInfo[]; numbers: ReadonlyMap<string, string> }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="on-this-page" data-spy className="text-sm">
      <p id="on-this-page" className="mb-2 font-semibold text-slate-900 dark:text-white">
        {title}
      </p>
      <ul className="space-y-1 border-l border-slate-200 dark:border-slate-700">
        {headings.map((h) => (
          <li key={h.id}>
            <a
              href={`#${h.id}`}
              className={`block py-0.5 text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white ${h.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {numbers.has(h.id) && <span className="section-number">{numbers.get(h.id)}</span>} {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
