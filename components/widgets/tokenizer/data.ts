import type { Lang } from '@/lib/i18n/langs';
import type { EncodingName, TokenData } from '@/lib/widgets/tokenizer';

export type TokenizerLabels = {
  title: string;
  context: string;
  encoding: string;
  sentence: string;
  english: string;
  chinese: string;
  summary: string;
  merged: string;
};

export type TokenizerProps = { lang: Lang; encodings: readonly EncodingName[]; data: TokenData; labels: TokenizerLabels };
