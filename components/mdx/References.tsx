import { fullName, references, sortName, type Reference } from '@/lib/references';
import type { CitedAt } from '@/lib/build/citations';
import { getT } from '@/lib/i18n';
import { language, type Lang } from '@/lib/i18n/langs';
import { anchorId, chapterHref, type RenderTarget } from '@/lib/render-target';
import { BookLink as Link } from '../BookLink';

const family = (ref: Reference) => sortName(ref.authors[0]!);

/** Appendix B: every reference, alphabetical, each with links back to where the book cites it. */
export function makeReferences({ lang, chapter, target }: { lang: Lang; chapter: string; target: RenderTarget }, cited: ReadonlyMap<string, CitedAt[]>) {
  return function References() {
    const t = getT(lang);
    const sorted = [...references].sort((a, b) => family(a).localeCompare(family(b)) || a.year - b.year || a.id.localeCompare(b.id));
    return (
      <ol className="references space-y-4 pl-0" data-testid="references">
        {sorted.map((ref) => (
          <li key={ref.id} id={anchorId(target, chapter, `ref-${ref.id}`)} className="list-none scroll-mt-20">
            <span>
              {ref.authors.map((a) => fullName(a, lang)).join(', ')}
              {ref.etAl ? language(lang).citation.etAl : ''} ({ref.year}). <cite>{ref.title}</cite>. {ref.venue}.{' '}
              <a href={ref.url} className="break-all">
                {ref.url.replace(/^https:\/\//, '')}
              </a>
            </span>
            <span className="mt-1 block text-sm text-slate-500 dark:text-slate-400">
              {t('refs.citedIn')}{' '}
              {(cited.get(ref.id) ?? []).map((c, i) => (
                <span key={`${c.chapter}-${c.label}`}>
                  {i > 0 && ', '}
                  {/* A citation before the first section is anchored at the chapter's title. */}
                  <Link href={chapterHref(target, lang, c.chapter, c.anchor === c.chapter ? undefined : c.anchor)} title={c.title} data-backlink={ref.id}>
                    {c.label}
                  </Link>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    );
  };
}
