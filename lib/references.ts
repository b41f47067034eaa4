import { z } from 'zod';
import data from '@/content/references.json' with { type: 'json' };
import { language, type Lang } from './i18n/langs';
import { routes } from './routes';

/**
 * An author is a person ("Ashish Vaswani", cited by family name) or an organisation, which is
 * cited whole: by its short form where one exists (EDPB, 全国人大常委会), in the reader's language
 * where it has a name in it.
 */
const Organisation = z.strictObject({
  org: z.string().min(2),
  short: z.string().min(2).optional(),
  zh: z.string().min(2).optional(),
  zhShort: z.string().min(2).optional(),
});
export type Organisation = z.infer<typeof Organisation>;
const Author = z.union([z.string().min(2), Organisation]);
export type Author = z.infer<typeof Author>;

const Reference = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*\d{4}[a-z]?$/),
  authors: z.array(Author).min(1),
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

/** A person's family name: "Aäron van den Oord" → "van den Oord" (it starts at a lowercase particle). */
function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Ll}/u.test(w));
  return particle > 0 ? words.slice(particle).join(' ') : (words.at(-1) ?? name);
}

/** How an author is named in an in-text citation: family name, or the organisation's short name. */
export function citedName(author: Author, lang: Lang): string {
  if (typeof author === 'string') return familyName(author);
  if (language(lang).cjk) return author.zhShort ?? author.zh ?? author.short ?? author.org;
  return author.short ?? author.org;
}

/** How an author is named in Appendix B: in full, an organisation in the reader's language first. */
export function fullName(author: Author, lang: Lang): string {
  if (typeof author === 'string') return author;
  if (language(lang).cjk && author.zh) return `${author.zh}（${author.org}）`;
  return author.short && author.short !== author.org ? `${author.org} (${author.short})` : author.org;
}

/** The key Appendix B sorts by: a person's family name, an organisation's name. */
export function sortName(author: Author): string {
  return (typeof author === 'string' ? familyName(author) : author.org.replace(/^The\s+/, '')).toLowerCase();
}

/** "Vaswani et al., 2017" / "Vaswani 等，2017"; two authors are both named; "（全国人大常委会，2021）". */
export function citeLabel(ref: Reference, lang: Lang): string {
  const { etAl, and, yearSeparator } = language(lang).citation;
  const [a, b] = ref.authors;
  const many = ref.authors.length > 2 || ref.etAl;
  const who = many ? `${citedName(a!, lang)}${etAl}` : b ? `${citedName(a!, lang)}${and}${citedName(b, lang)}` : citedName(a!, lang);
  return `${who}${yearSeparator}${ref.year}`;
}

/** What the citation preview shows of a reference, in the reader's language. */
export type CitePreview = { authors: string; title: string; venue: string; year: number; url: string; entry: string };

export function previewOf(id: string, lang: Lang): CitePreview {
  const ref = referenceById.get(id)!;
  const names = ref.authors.map((a) => fullName(a, lang)).join(', ');
  return { authors: ref.etAl ? `${names}${language(lang).citation.etAl}` : names, title: ref.title, venue: ref.venue, year: ref.year, url: ref.url, entry: routes.reference(lang, id) };
}
