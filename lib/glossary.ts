import { z } from 'zod';
import data from '@/content/glossary.json' with { type: 'json' };

const Term = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  defZh: z.string().min(4),
  defEn: z.string().min(8),
  /** The section that defines the term (an outline section id). */
  section: z.string().min(1),
});
export type GlossaryTerm = z.infer<typeof Term>;

/** The book's bilingual glossary: one entry per technical term, pointing at the section that defines it. */
export const glossary: readonly GlossaryTerm[] = z.array(Term).parse(data);

/** Problems that make the glossary unusable as data: duplicate ids or terms, unknown sections. */
export function glossaryProblems(terms: readonly GlossaryTerm[], sectionIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = { id: new Map<string, string>(), zh: new Map<string, string>(), en: new Map<string, string>() };
  for (const t of terms) {
    for (const key of ['id', 'zh', 'en'] as const) {
      const value = t[key].trim().toLowerCase();
      const other = seen[key].get(value);
      if (other) problems.push(`"${t.id}" repeats the ${key} "${t[key]}" of "${other}"`);
      seen[key].set(value, t.id);
    }
    if (!sectionIds.has(t.section)) problems.push(`"${t.id}" points at unknown section "${t.section}"`);
  }
  return problems;
}
