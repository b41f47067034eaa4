import type { MetadataRoute } from 'next';
import { absoluteUrl, basePath } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: `${basePath}/`, disallow: [`${basePath}/zh/search/`, `${basePath}/en/search/`] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
