import { citeLabel, referenceById } from '@/lib/references';
import type { Lang } from '@/lib/i18n/langs';

/** `<Cite id="vaswani2017" />` → "(Vaswani et al., 2017)" linking to the source. Ids are checked at compile time. */
export function makeCite(lang: Lang) {
  return function Cite({ id }: { id: string }) {
    const refs = id.split(',').map((s) => referenceById.get(s.trim())!);
    const [open, sep, close] = lang === 'zh' ? ['（', '；', '）'] : [' (', '; ', ')'];
    return (
      <span className="cite">
        {open}
        {refs.map((ref, i) => (
          <span key={ref.id}>
            {i > 0 && sep}
            <a href={ref.url} title={ref.title} data-cite={ref.id}>
              {citeLabel(ref, lang)}
            </a>
          </span>
        ))}
        {close}
      </span>
    );
  };
}
