// Set by next.config.ts from BASE_PATH so the same code works at / and under a sub-path.
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Where the site is published (SITE_URL, no trailing slash), for canonical URLs, sitemap and cards. */
export const siteUrl = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

/** The full public URL of a path inside the site. */
export function absoluteUrl(pathname: string): string {
  return `${siteUrl}${basePath}${pathname}`;
}

/** A path inside the site, with the base path, for plain <a> elements (next/link adds it itself). */
export function withBase(pathname: string): string {
  return `${basePath}${pathname}`;
}

/**
 * Where readers report an error, and the book's licence: set here once, shown in every page's
 * footer. REPORT_URL (https:// or mailto:) replaces the placeholder address at build time.
 */
export const reportUrl = process.env.NEXT_PUBLIC_REPORT_URL || 'mailto:errata@example.org';
export const licence = { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' } as const;
