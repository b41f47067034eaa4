import type { NextConfig } from 'next';

// The book is a static site: every page is rendered at build time into out/.
// BASE_PATH lets the same build be hosted under a sub-path (e.g. /book).
const basePath = process.env.BASE_PATH ?? '';
// SITE_URL: the public origin (e.g. https://example.org); used for canonical URLs, sitemap, cards.
const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:3000';

const config: NextConfig = {
  output: 'export',
  // A second build (the base-path test) uses its own build folder so the two never mix.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  trailingSlash: true,
  basePath,
  // Without this, Next 16 writes /_next/image?url=… links that do not exist in a static export.
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_SITE_URL: siteUrl, NEXT_PUBLIC_REPORT_URL: process.env.REPORT_URL ?? '' },
  // Content and pipeline live outside app/; keep the MDX toolchain out of the bundle.
  // One 404.html with its own <html> (app/global-not-found.tsx): the site has two root layouts.
  experimental: { globalNotFound: true },
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'shiki', '@shikijs/rehype', 'katex', 'rehype-katex'],
};

export default config;
