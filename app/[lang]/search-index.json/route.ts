import { searchBuild } from '@/lib/build/search-records';
import { langs, type Lang } from '@/lib/i18n/langs';

// Written once at build time to out/{lang}/search-index.json; fetched by the browser when the
// reader shows an intent to search (components/search/engine-loader.ts). No section text: that
// is in search-text/{chapter}.json, fetched for the results shown.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { index } = await searchBuild((await params).lang as Lang);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
