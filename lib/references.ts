import { z } from 'zod';
import data from '@/content/references.json' with { type: 'json' };
import { language, type Lang } from './i18n/langs';

const Reference = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*\d{4}[a-z]?$/),
  authors: z.array(z.string().min(2)).min(1),
  etAl: z.boolean(),
  title: z.string().min(2),
  venue: z.string().min(2),
  year: z.number().int().min(1900).max(2100),
  url: z.url().startsWith('https://'),
  checked: z.string().min(2),
});
export type Reference = z.infer<typeof Reference>;

// Parsed once at import: a malformed entry stops the build with its index and field.
export const references: readonly Reference[] = z.array(Reference).parse(data);
export const referenceIds: ReadonlySet<string> = new Set(references.map((r) => r.id));
export const referenceById = new Map(references.map((r) => [r.id, r] as const));

/** "Vaswani et al., 2017" / "Vaswani 等，2017"; two authors are both named. */
export function citeLabel(ref: Reference, lang: Lang): string {
  const { etAl, and, yearSeparator } = language(lang).citation;
  const family = (name: string) => {
    const words = name.trim().split(/\s+/);
    // "Aäron van den Oord" → "van den Oord": a family name starts at its lowercase particle.
    const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Ll}/u.test(w));
    return particle > 0 ? words.slice(particle).join(' ') : (words.at(-1) ?? name);
  };
  const [a, b] = ref.authors;
  const many = ref.authors.length > 2 || ref.etAl;
  const who = many ? `${family(a!)}${etAl}` : b ? `${family(a!)}${and}${family(b)}` : family(a!);
  return `${who}${yearSeparator}${ref.year}`;
}
