import { citeLabel, referenceById } from '@/lib/references';
import { language, type Lang } from '@/lib/i18n/langs';
import { chapterHref, type RenderTarget } from '@/lib/render-target';
import { BookLink as Link } from '../BookLink';

/**
 * `<Cite id="vaswani2017" />` → "(Vaswani et al., 2017)" linking to its entry in Appendix B, which
 * links on to the source and back to every place it is cited. Ids are checked at compile time.
 */
export function makeCite({ lang, target }: { lang: Lang; target: RenderTarget }) {
  const { open, separator: sep, close } = language(lang).citation;
  return function Cite({ id }: { id: string }) {
    const refs = id.split(',').map((s) => referenceById.get(s.trim())!);
    return (
      <span className="cite">
        {open}
        {refs.map((ref, i) => (
          <span key={ref.id}>
            {i > 0 && sep}
            <Link href={chapterHref(target, lang, 'references', `ref-${ref.id}`)} title={ref.title} data-cite={ref.id}>
              {citeLabel(ref, lang)}
            </Link>
          </span>
        ))}
        {close}
      </span>
    );
  };
}
