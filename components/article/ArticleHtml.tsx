import { slotName, type ArticleSlot } from '@/lib/article-slot';
import { citationIndex } from '@/lib/build/citations';
import { bookOrder, loadChapter } from '@/lib/build/content';
import { headingNumbers } from '@/lib/book';
import type { Lang } from '@/lib/i18n/langs';
import { MdxContent, type ArticleContext } from '@/components/mdx/MdxContent';

/** What rendering a placeholder's chapter needs besides its code (also used by finish-export). */
export async function articleContext(slot: ArticleSlot): Promise<ArticleContext> {
  const lang = slot.lang as Lang;
  const entry = bookOrder().find((c) => c.slug === slot.slug);
  const numbers = entry ? headingNumbers(entry.number, (await loadChapter(lang, slot.slug)).headings) : new Map<string, string>();
  return { lang, chapter: slot.slug, target: slot.target, cited: await citationIndex(lang), numbers };
}

/**
 * Where a compiled chapter goes in a page. In the exported site this is an empty placeholder
 * that scripts/finish-export.ts fills with the chapter's static HTML after `next build`
 * (lib/article-slot.ts explains why); React hydrates it as dangerouslySetInnerHTML and never
 * touches what is inside. `next dev` has no export step, so there the chapter is rendered in
 * place (the same components, only hydrated).
 */
export async function ArticleHtml({ code, slot, className }: { code: string; slot: ArticleSlot; className?: string }) {
  const name = slotName(slot);
  if (process.env.NODE_ENV === 'production') {
    return <div data-article={name} className={className} dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  const context = await articleContext(slot);
  return (
    <div data-article={name} className={className}>
      <MdxContent code={code} context={context} />
    </div>
  );
}
