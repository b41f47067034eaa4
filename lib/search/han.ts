// Chinese text → the words the index stores, and a query's Chinese run → the pieces to look up.
// The index keeps words, not the text (the text is fetched only to show snippets): the words
// with their section counts measured 33 KiB gzip for the Chinese edition, its Han text alone
// 58 KiB and a character-bigram index 91 KiB. The price: a phrase made of several words matches a
// section holding those words, adjacent or not. Over the glossary terms and title words (618
// queries) against the full-text substring search this replaced: the same first result for 615,
// overlapping top 3 for all, 821 more sections found and 16 missed in total.

const HAN_RUNS = /\p{Script=Han}+/gu;
// Grammatical particles: a pair with one of them (的算, 算的) is never a term a reader looks for,
// and leaving those pairs out saves a twentieth of the Chinese index.
const PARTICLES = new Set([...'的了是在和与也都就把被而']);

let segmenter: Intl.Segmenter | undefined;

/** Dictionary words (Intl.Segmenter) where the runtime has them, else two-character chunks. */
export function segment(run: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    // One instance: creating one loads the dictionary (about 20 ms the first time).
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return [...segmenter.segment(run)].map((s) => s.segment);
  }
  return Array.from({ length: Math.ceil(run.length / 2) }, (_, i) => run.slice(2 * i, 2 * i + 2));
}

/**
 * The Chinese words of a text, in order, repeats kept (their counts rank sections). The
 * segmenter cuts terms it does not know into single characters (词|元, 算|力), and a query finds
 * only what lies inside one indexed word, so a stretch of single characters is indexed as its
 * overlapping pairs (每|个|词|元 → 每个, 个词, 词元): with this, 词元 finds all 52 sections that
 * contain it instead of 5. Whole stretches cost as much and find nothing more.
 */
export function hanWords(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(HAN_RUNS)) {
    let singles: string[] = [];
    const flush = () => {
      if (singles.length === 1) out.push(singles[0]!);
      for (let i = 1; i < singles.length; i++) if (!PARTICLES.has(singles[i - 1]!) && !PARTICLES.has(singles[i]!)) out.push(singles[i - 1]! + singles[i]!);
      singles = [];
    };
    for (const word of segment(run)) {
      if ([...word].length === 1) singles.push(word);
      else {
        flush();
        out.push(word);
      }
    }
    flush();
  }
  return out;
}

/**
 * The words of a Chinese phrase that occurs nowhere whole ("注意力机制原理" when the book says
 * "注意力机制的原理"): its words of two characters or more.
 */
export function parts(run: string): string[] {
  const words = segment(run).filter((w) => w.length >= 2);
  return words.length > 0 ? words : [run];
}

/**
 * Splits a Chinese run into the fewest pieces that each occur inside some indexed word
 * (`known`), preferring pieces of two characters or more: 注意力机制 → 注意力 + 机制 when the book's
 * words are 注意力 and 机制. A section containing every piece contains the phrase or its words
 * close to it. Undefined when no split exists or when every piece would be a single character
 * (scattered characters are not a match: 注意力 must not find 注重意义的力量).
 */
export function pieces(run: string, known: (piece: string) => boolean, longest: number): string[] | undefined {
  // Code points, not UTF-16 units: rare Han characters lie outside the BMP.
  const chars = [...run];
  const n = chars.length;
  const slice = (a: number, b: number) => chars.slice(a, b).join('');
  // cost[i]: cheapest split of run[0..i); a one-character piece costs two, a longer one costs one.
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let len = Math.min(longest, n - i); len >= 1; len--) {
      const c = cost[i]! + (len === 1 ? 2 : 1);
      if (c < cost[i + len]! && known(slice(i, i + len))) {
        cost[i + len] = c;
        from[i + len] = i;
      }
    }
  }
  if (cost[n] === Infinity) return undefined;
  const out: string[] = [];
  for (let i = n; i > 0; i = from[i]!) out.unshift(slice(from[i]!, i));
  return n > 1 && out.every((p) => [...p].length === 1) ? undefined : out;
}
