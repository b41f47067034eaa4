'use client';

import { useSyncExternalStore } from 'react';
import { BookLink as Link } from './BookLink';
import { parseReading, READING_KEY } from '@/lib/reading';
import { routes } from '@/lib/routes';

type Titles = Record<string, { title: string; sections: Record<string, string> }>;

const subscribe = (onChange: () => void) => {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
};
const read = () => {
  try {
    return localStorage.getItem(READING_KEY);
  } catch {
    return null;
  }
};

/** "Continue reading" on the home page: the last chapter and section read, in this page's language. */
export function ContinueReading({ lang, titles, label }: { lang: string; titles: Titles; label: string }) {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const position = parseReading(raw);
  const chapter = position && titles[position.chapter];
  if (!position || !chapter) return null;
  const section = chapter.sections[position.section];
  return (
    <Link
      href={routes.chapter(lang, position.chapter, position.section || undefined)}
      data-testid="continue-reading"
      className="mt-4 ml-3 inline-block rounded-md border border-sky-700 px-4 py-2 font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-200 dark:hover:bg-sky-950"
    >
      {label.replace('{{where}}', section ? `${chapter.title} › ${section}` : chapter.title)}
    </Link>
  );
}
