import { buildSearchData } from '@/lib/search/engine';
import { searchRecords } from '@/lib/build/search-records';
import { langs, type Lang } from '@/lib/i18n/langs';

// Written once at build time to out/{lang}/search-index.json; fetched by the browser only
// when the reader first opens search.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const lang = (await params).lang as Lang;
  const data = buildSearchData(lang, await searchRecords(lang));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
