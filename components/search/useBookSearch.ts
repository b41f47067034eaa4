'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/langs';
import { searchBook, type LabelledHit } from './engine-loader';

type Result = { query: string; hits: LabelledHit[]; failed: boolean };

/** Results for `query` (already debounced by the caller); `pending` while they are computed. */
export function useBookSearch(lang: Lang, query: string) {
  const [result, setResult] = useState<Result>({ query: '', hits: [], failed: false });
  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    searchBook(lang, query).then(
      (hits) => current && setResult({ query, hits, failed: false }),
      () => current && setResult({ query, hits: [], failed: true }),
    );
    return () => {
      current = false;
    };
  }, [lang, query]);
  const empty = query.trim() === '';
  return {
    hits: empty ? [] : result.hits,
    failed: !empty && result.failed && result.query === query,
    pending: !empty && result.query !== query,
  };
}
