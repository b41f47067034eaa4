// The book's one ordered table of contents. Navigation, prev/next, the home page,
// the print page and search are all derived from this list; slugs are public URLs
// (see ../shared/book/outline.md) and never change once published.

export type Localized = { zh: string; en: string };

export type TocChapter = {
  slug: string;
  /** Shown before the title: "1" → 第1章 / Chapter 1; "A" → 附录A / Appendix A; null for unnumbered. */
  number: string | null;
  /** Section ids, in order; each is the id of an h2 in both languages. */
  sections: readonly string[];
};

export type TocPart = { slug: string; title: Localized; chapters: readonly TocChapter[] };

export const toc: readonly TocPart[] = [
  {
    slug: 'part-foundations',
    title: { zh: '第一部分 AI大模型概述与基础', en: 'Part 1 · Foundations of Large Models' },
    chapters: [
      {
        slug: 'large-model-overview',
        number: '1',
        sections: ['large-model-definition', 'large-model-characteristics', 'pretraining-and-transfer-learning'],
      },
      {
        slug: 'algorithm-principles',
        number: '2',
        sections: [
          'neural-network-basics',
          'backpropagation-and-gradient-descent',
          'word-embeddings',
          'sequence-models-rnn-lstm',
          'attention-mechanism',
          'transformer-architecture',
          'large-scale-pretrained-models',
        ],
      },
    ],
  },
  {
    slug: 'part-applications',
    title: { zh: '第二部分 AI大模型的应用', en: 'Part 2 · Applications' },
    chapters: [
      {
        slug: 'business-applications',
        number: '3',
        sections: ['business-analytics', 'recommender-systems', 'text-classification', 'machine-translation', 'text-generation'],
      },
      {
        slug: 'technical-applications',
        number: '4',
        sections: [
          'image-recognition',
          'image-generation',
          'object-detection',
          'speech-recognition',
          'speech-synthesis',
          'speaker-recognition',
          'stream-analytics',
          'real-time-prediction',
        ],
      },
    ],
  },
  {
    slug: 'part-entrepreneurship',
    title: { zh: '第三部分 AI大模型的创业与挑战', en: 'Part 3 · Entrepreneurship and Challenges' },
    chapters: [
      {
        slug: 'startup-landscape',
        number: '5',
        sections: ['startup-opportunities', 'data-privacy-and-security', 'compute-resources', 'technical-barriers', 'business-models'],
      },
      { slug: 'case-studies', number: '6', sections: ['case-openai-gpt', 'case-google-bert', 'case-composite-ai-startup'] },
    ],
  },
  {
    slug: 'part-outlook',
    title: { zh: '第四部分 AI大模型创业的未来展望', en: 'Part 4 · Outlook' },
    chapters: [
      { slug: 'future-trends', number: '7', sections: ['future-development', 'law-and-ethics', 'sustainable-development'] },
      { slug: 'summary-and-outlook', number: null, sections: [] },
    ],
  },
  {
    slug: 'part-appendices',
    title: { zh: '附录', en: 'Appendices' },
    chapters: [
      {
        slug: 'appendix-tools-resources',
        number: 'A',
        sections: ['deep-learning-frameworks', 'open-source-libraries', 'learning-resources'],
      },
      { slug: 'references', number: 'B', sections: [] },
    ],
  },
];
