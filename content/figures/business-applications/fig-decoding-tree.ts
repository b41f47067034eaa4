import { diagram } from '@/lib/figures/types';

type Node = { token: string; p: number; children?: Node[] };

/** A toy next-token tree (probabilities illustrative) where the greedy path is not the most probable sequence. */
export const TREE: Node = {
  token: 'The',
  p: 1,
  children: [
    { token: 'nice', p: 0.5, children: [{ token: 'woman', p: 0.4 }, { token: 'house', p: 0.3 }, { token: 'guy', p: 0.3 }] },
    { token: 'dog', p: 0.4, children: [{ token: 'has', p: 0.9 }, { token: 'runs', p: 0.05 }, { token: 'and', p: 0.05 }] },
    { token: 'car', p: 0.1, children: [{ token: 'is', p: 0.3 }, { token: 'drives', p: 0.5 }, { token: 'turns', p: 0.2 }] },
  ],
};

/** Greedy: the most probable child at every step. */
export function greedy(n: Node): string[] {
  const path = [n.token];
  while (n.children) {
    n = n.children.reduce((a, b) => (b.p > a.p ? b : a));
    path.push(n.token);
  }
  return path;
}

/** Beam search with width B: keep the B most probable partial sequences at every step. */
export function beam(root: Node, B: number): { path: string[]; p: number } {
  let beams = [{ node: root, path: [root.token], p: 1 }];
  while (beams.some((b) => b.node.children)) {
    const next = beams.flatMap((b) => (b.node.children ? b.node.children.map((c) => ({ node: c, path: [...b.path, c.token], p: b.p * c.p })) : [b]));
    beams = next.sort((a, b) => b.p - a.p).slice(0, B);
  }
  return { path: beams[0]!.path, p: beams[0]!.p };
}

export default diagram(
  {
    id: 'fig-decoding-tree',
    chapter: 'business-applications',
    width: 460,
    height: 250,
    caption: {
      zh: '解码是在词元树上选路：贪心每步取最大概率，得到 “The nice woman”（0.20）；束宽为 2 的束搜索保留两条候选，找到更可能的 “The dog has”（0.36）；采样则按概率随机走（概率为示意）',
      en: 'Decoding picks a path through a tree of tokens: greedy takes the most probable token each step and gets “The nice woman” (0.20); beam search with B = 2 keeps two candidates and finds the likelier “The dog has” (0.36); sampling walks at random by probability (probabilities illustrative)',
    },
    alt: { zh: '贪心、束搜索与采样在词元树上的路径', en: 'Greedy, beam-search and sampling paths in a token tree' },
    desc: {
      zh: '树根是 The，第一层有三个分支：nice（0.5）、dog（0.4）、car（0.1）；第二层中，nice 之后是 woman 0.4、house 0.3、guy 0.3，dog 之后是 has 0.9、runs 0.05、and 0.05，car 之后是 is 0.3、drives 0.5、turns 0.2。贪心路径（橙色）先选 nice 再选 woman，整句概率 0.5 × 0.4 = 0.20。束搜索（绿色，B = 2）第一步保留 nice 和 dog，第二步比较所有延续，选出 The dog has，概率 0.4 × 0.9 = 0.36。虚线表示一次可能的采样：The car drives，概率 0.05，虽然不太可能，但采样会以这个概率选中它。',
      en: 'The root is “The”; the first level has three branches: nice (0.5), dog (0.4), car (0.1); at the second level, after nice come woman 0.4, house 0.3, guy 0.3; after dog, has 0.9, runs 0.05, and 0.05; after car, is 0.3, drives 0.5, turns 0.2. The greedy path (orange) takes nice and then woman, a sequence probability of 0.5 × 0.4 = 0.20. Beam search (green, B = 2) keeps nice and dog after the first step, compares all their continuations and picks “The dog has”, 0.4 × 0.9 = 0.36. The dashed line is one possible sample, “The car drives”, with probability 0.05: unlikely, but sampling picks it that often.',
    },
  },
  (k) => {
    const g = greedy(TREE);
    const b = beam(TREE, 2).path;
    const sampled = ['The', 'car', 'drives'];
    let out = '';
    const root = { x: 40, y: 125 };
    const l1 = (i: number) => ({ x: 180, y: 45 + i * 80 });
    const l2 = (i: number, j: number) => ({ x: 330, y: 45 + i * 80 + (j - 1) * 24 });
    const onPath = (path: string[], tokens: string[]) => tokens.every((t, i) => path[i] === t);
    const tone = (tokens: string[]) => (onPath(b, tokens) ? 3 : onPath(g, tokens) ? 2 : onPath(sampled, tokens) ? 4 : 0);
    TREE.children!.forEach((c1, i) => {
      const p1 = l1(i);
      const t1 = tone(['The', c1.token]);
      out += k.line(root.x + 30, root.y, p1.x - 30, p1.y, { tone: t1 || undefined, thin: t1 === 0, dashed: t1 === 4 });
      out += k.text((root.x + p1.x) / 2, (root.y + p1.y) / 2 - 8, c1.p.toFixed(1), { size: 's', anchor: 'middle', muted: true });
      c1.children!.forEach((c2, j) => {
        const p2 = l2(i, j);
        const t2 = tone(['The', c1.token, c2.token]);
        out += k.line(p1.x + 30, p1.y, p2.x - 4, p2.y, { tone: t2 || undefined, thin: t2 === 0, dashed: t2 === 4 });
        out += k.text(p2.x, p2.y, c2.token, { size: 's', tone: t2 || undefined, bold: t2 === 3 || t2 === 2 });
        out += k.text(p2.x + 56, p2.y, c2.p === 0.05 ? '0.05' : c2.p.toFixed(1), { size: 's', muted: true });
      });
      out += k.box(p1.x - 30, p1.y - 13, 60, 26, c1.token, { tone: t1, size: 's', dashed: t1 === 4 });
    });
    out += k.box(root.x - 30, root.y - 13, 60, 26, 'The', { tone: 0, size: 's' });
    out += k.text(10, 206, { zh: '贪心 0.20', en: 'greedy 0.20' }, { size: 's', tone: 2, bold: true });
    out += k.text(10, 223, { zh: '束搜索 (B = 2) 0.36', en: 'beam (B = 2) 0.36' }, { size: 's', tone: 3, bold: true });
    out += k.text(10, 240, { zh: '采样（一例）0.05', en: 'a sample 0.05' }, { size: 's', tone: 4 });
    return out;
  },
);
