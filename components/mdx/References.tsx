import { references, type Reference } from '@/lib/references';
import type { CitedAt } from '@/lib/citations';
import { getT } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/langs';
import { BookLink as Link } from '../BookLink';
import { printId } from '@/lib/print-links';

const family = (ref: Reference) => ref.authors[0]?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** Appendix B: every reference, alphabetical, each with links back to where the book cites it. */
export function makeReferences(lang: Lang, cited: ReadonlyMap<string, CitedAt[]>, print?: { chapter: string }) {
  return function References() {
    const t = getT(lang);
    const sorted = [...references].sort((a, b) => family(a).localeCompare(family(b)) || a.year - b.year || a.id.localeCompare(b.id));
    return (
      <ol className="references space-y-4 pl-0" data-testid="references">
        {sorted.map((ref) => (
          <li key={ref.id} id={print ? printId('references', `ref-${ref.id}`) : `ref-${ref.id}`} className="list-none scroll-mt-20">
            <span>
              {ref.authors.join(', ')}
              {ref.etAl ? (lang === 'zh' ? ' 等' : ' et al.') : ''} ({ref.year}). <cite>{ref.title}</cite>. {ref.venue}.{' '}
              <a href={ref.url} className="break-all">
                {ref.url.replace(/^https:\/\//, '')}
              </a>
            </span>
            <span className="mt-1 block text-sm text-slate-500 dark:text-slate-400">
              {t('refs.citedIn')}{' '}
              {(cited.get(ref.id) ?? []).map((c, i) => (
                <span key={`${c.chapter}-${c.label}`}>
                  {i > 0 && ', '}
                  {print ? (
                    <a href={c.anchor === c.chapter ? `#${c.chapter}` : `#${printId(c.chapter, c.anchor)}`} title={c.title} data-backlink={ref.id}>
                      {c.label}
                    </a>
                  ) : (
                    <Link href={`/${lang}/${c.chapter}/#${c.anchor}`} title={c.title} data-backlink={ref.id}>
                      {c.label}
                    </Link>
                  )}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    );
  };
}
