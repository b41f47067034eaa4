// Set by next.config.ts from BASE_PATH so the same code works at / and under a sub-path.
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** A path inside the site, with the base path, for plain <a> elements (next/link adds it itself). */
export function withBase(pathname: string): string {
  return `${basePath}${pathname}`;
}

export function chapterPath(lang: string, chapter: string, section?: string): string {
  return `/${lang}/${chapter}/${section ? `#${section}` : ''}`;
}
