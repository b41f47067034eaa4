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

export type TokenizerProps = { lang: string; encodings: readonly EncodingName[]; data: TokenData; labels: TokenizerLabels };
