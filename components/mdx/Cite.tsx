import { citeLabel, referenceById } from '@/lib/references';
import type { Lang } from '@/lib/i18n/langs';
import { BookLink as Link } from '../BookLink';
import { printId } from '@/lib/print-links';

/**
 * `<Cite id="vaswani2017" />` → "(Vaswani et al., 2017)" linking to its entry in Appendix B, which
 * links on to the source and back to every place it is cited. Ids are checked at compile time.
 */
export function makeCite(lang: Lang, print?: { chapter: string }) {
  return function Cite({ id }: { id: string }) {
    const refs = id.split(',').map((s) => referenceById.get(s.trim())!);
    const [open, sep, close] = lang === 'zh' ? ['（', '；', '）'] : [' (', '; ', ')'];
    return (
      <span className="cite">
        {open}
        {refs.map((ref, i) => (
          <span key={ref.id}>
            {i > 0 && sep}
            {print ? (
              <a href={`#${printId('references', `ref-${ref.id}`)}`} title={ref.title} data-cite={ref.id}>
                {citeLabel(ref, lang)}
              </a>
            ) : (
              <Link href={`/${lang}/references/#ref-${ref.id}`} title={ref.title} data-cite={ref.id}>
                {citeLabel(ref, lang)}
              </Link>
            )}
          </span>
        ))}
        {close}
      </span>
    );
  };
}
