// The English UI strings are the reference dictionary: every other language must have the
// same keys (a missing one is a type error in zh.ts and a build error at run time).
export const en = {
  book: {
    title: 'Building a Startup on Large AI Models',
    subtitle: 'Meeting the Challenges Ahead',
    pitch:
      'How large AI models work, what they can do in business and technology, and what it takes to build a company on them — from the attention formula to compute budgets, privacy law and business models.',
    factsAsOf: 'Facts as of November 2026',
  },
  nav: {
    skipToContent: 'Skip to content',
    contents: 'Contents',
    onThisPage: 'On this page',
    openMenu: 'Open the table of contents',
    closeMenu: 'Close the table of contents',
    previous: 'Previous',
    next: 'Next',
    home: 'Home',
    breadcrumbs: 'Breadcrumbs',
    startReading: 'Start reading',
    chapterLabel: 'Chapter {{n}}',
    labelledTitle: '{{label}}: {{title}}',
    appendixLabel: 'Appendix {{n}}',
    sectionCount_one: '{{count}} section',
    sectionCount_other: '{{count}} sections',
  },
  // The link-preview card (scripts/make-og-images.ts).
  home: {
    audience: 'Founders, product leads and engineers who want to build on large models — and to know what the models can and cannot do before they bet a company on them.',
    parts: 'The book in parts',
  },
  footer: {
    edition: 'Edition of November 2026',
    licence: 'Text licensed under {{name}}',
    report: 'Report an error',
    otherEditions: 'Other editions:',
  },
  og: {
    kicker: 'Open e-book · English / 中文',
    tagline: 'Concepts · Algorithms · Applications · Startup challenges · Outlook',
  },
  lang: {
    // Shown in the other editions' headers, in this language: the link to this edition.
    readHere: 'Read this in English (same place)',
    name: 'English',
  },
  theme: {
    toggle: 'Toggle dark mode',
    light: 'Light theme',
    dark: 'Dark theme',
  },
  code: {
    copy: 'Copy',
    copied: 'Copied',
    copyLabel: 'Copy code to clipboard',
  },
  search: {
    open: 'Search the book',
    placeholder: 'Search the book',
    shortcut: 'Press / or Ctrl K to search',
    close: 'Close search',
    loading: 'Loading the search index…',
    failed: 'The search index could not be loaded.',
    resultsOne: '{{count}} result',
    resultsOther: '{{count}} results',
    none: 'No results for “{{query}}”',
    hint: 'Try a shorter word, or search in the other language.',
    pageTitle: 'Search',
    submit: 'Search',
    needsJs: 'Search runs in your browser and needs JavaScript. The table of contents lists every section:',
    otherEditionZh: '中文版',
    otherEditionEn: 'English',
    keys: '↑ ↓ to move, Enter to open, Esc to close',
  },
  refs: {
    citedIn: 'Cited in',
    entry: 'See the entry in the references',
  },
  widget: {
    live: 'Interactive',
    staticNote: 'With JavaScript on, this table becomes an interactive widget.',
    sampling: {
      title: 'Try it: temperature, top‑k and top‑p',
      context: 'Illustrative next-token scores (logits) from the example above',
      token: 'Token',
      logit: 'Logit',
      temperature: 'Temperature T',
      greedy: 'greedy',
      topK: 'Top-k',
      topP: 'Top-p',
      probability: 'Probability after T',
      sampled: 'Sampled from',
      cut: 'cut',
      sample: 'Sample a token',
      reset: 'Reset',
      draws: 'Draws',
      noDraws: 'none yet',
      summary: '{{kept}} of {{total}} tokens kept; most likely {{top}} at {{share}}; entropy {{entropy}} bits.',
      fallbackCaption: 'Probabilities of the six tokens at three temperatures, and the sets top-k = 3 and top-p = 0.9 keep at T = 1.',
      keptByK: 'Top-k = 3 keeps',
      keptByP: 'Top-p = 0.9 keeps',
    },
  },
  figure: {
    anchor: 'Link to this figure',
    copy: 'Copy link to this figure',
    scroll: 'Wide figure: scroll sideways to see all of it',
    swipe: 'swipe sideways to see all of it',
    description: 'Description',
  },
  heading: {
    anchor: 'Link to this section',
    copy: 'Copy link to this section',
    copied: 'Link copied',
  },
  reading: {
    continue: 'Continue reading: {{where}}',
    minutes_one: '{{count}} min read',
    minutes_other: '{{count}} min read',
    // Filled in the browser as the reader scrolls ({{count}} replaced there).
    left: '{{count}} min left',
    top: 'Back to the top of the chapter',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address is not part of the book. Search for what you were looking for, or pick a chapter:',
  },
  print: {
    button: 'Print / save as PDF',
    book: 'Print the whole book',
    factsAsOf: 'Facts as of November 2026.',
    edition: 'English edition',
  },
  root: {
    choose: 'Choose a language',
    redirecting: 'Opening the edition in your language…',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
