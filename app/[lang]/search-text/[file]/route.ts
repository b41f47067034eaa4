import { searchBuild } from '@/lib/build/search-records';
import { bookOrder } from '@/lib/build/content';
import { langs, type Lang } from '@/lib/i18n/langs';

// Written at build time to out/{lang}/search-text/{chapter}.json: the text of a chapter's
// sections, in index order, for the snippets of search results (fetched only for results shown).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return langs.flatMap((lang) => bookOrder().map((entry) => ({ lang, file: `${entry.slug}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params;
  const { texts } = await searchBuild(lang as Lang);
  const text = texts[file.replace(/\.json$/, '')];
  if (!text) throw new Error(`search-text: no sections for ${lang}/${file}`);
  return new Response(JSON.stringify(text), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
