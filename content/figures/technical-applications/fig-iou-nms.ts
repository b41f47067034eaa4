import { diagram } from '@/lib/figures/types';
import type { Kit } from '@/lib/figures/draw';

type Box = readonly [number, number, number, number];

/** The boxes, scores and ground truth of the chapter's NMS example (section 4.3), in pixels. */
export const BOXES: readonly Box[] = [
  [10, 10, 50, 50],
  [12, 12, 52, 52],
  [30, 30, 70, 70],
  [100, 100, 140, 150],
];
export const SCORES = [0.9, 0.85, 0.6, 0.75];
export const TRUTH: Box = [11, 11, 51, 51];

export function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const area = (r: Box) => (r[2] - r[0]) * (r[3] - r[1]);
  return (w * h) / (area(a) + area(b) - w * h);
}

/** Greedy NMS, as in the chapter's code: keep the best, drop the rest above the threshold, repeat. */
export function nms(boxes: readonly Box[], scores: readonly number[], threshold = 0.5): number[] {
  let order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const keep: number[] = [];
  while (order.length > 0) {
    const best = order[0]!;
    keep.push(best);
    order = order.slice(1).filter((i) => iou(boxes[best]!, boxes[i]!) <= threshold);
  }
  return keep;
}

const S = 1.25;

function panel(k: Kit, ox: number, show: (i: number) => 'kept' | 'dropped' | 'all') {
  let out = k.rect(ox, 30, 190, 200, { tone: 0, rx: 4 });
  const r = (b: Box) => [ox + 6 + b[0] * S, 36 + b[1] * S, (b[2] - b[0]) * S, (b[3] - b[1]) * S] as const;
  const t = r(TRUTH);
  out += k.rect(t[0], t[1], t[2], t[3], { tone: 3, dashed: true, rx: 0, opacity: 0 });
  BOXES.forEach((b, i) => {
    const [x, y, w, h] = r(b);
    const state = show(i);
    out += k.rect(x, y, w, h, { tone: state === 'dropped' ? 0 : ([1, 4, 2, 5] as const)[i], rx: 0, opacity: 0, dashed: state === 'dropped', thin: state === 'dropped' });
    const label = `${i}: ${SCORES[i]!.toFixed(2)}`;
    out += k.text(i === 1 ? x + w + 3 : x + 2, i === 1 ? y + h - 4 : i === 2 ? y + h + 9 : y - 8, label, { size: 's', muted: state === 'dropped' });
  });
  return out;
}

export default diagram(
  {
    id: 'fig-iou-nms',
    chapter: 'technical-applications',
    width: 460,
    height: 290,
    caption: {
      zh: '本节代码中的四个检测框：框 0 与框 1 的 IoU 为 0.822，超过 0.5，得分较低的框 1 被非极大值抑制删掉；框 2 与框 0 的 IoU 只有 0.143，得以保留',
      en: 'The four detections of this section’s code: boxes 0 and 1 overlap with IoU 0.822, above 0.5, so non-maximum suppression drops the lower-scoring box 1; box 2 overlaps box 0 with IoU 0.143 and is kept',
    },
    alt: { zh: 'IoU 与非极大值抑制的示例', en: 'An example of IoU and non-maximum suppression' },
    desc: {
      zh: '左图是 NMS 之前：四个预测框及其得分，框 0（0.90）、框 1（0.85，与框 0 只错开 2 像素）、框 2（0.60，与框 0 部分重叠）、框 3（0.75，另一个物体），虚线绿框是猫的真实框。右图是 NMS 之后：按得分排序，保留框 0，删除与它 IoU 超过 0.5 的框 1（变成灰色虚线），再保留框 3 和框 2，最终保留 0、3、2。图下列出计算出的 IoU：框 0 与框 1 为 0.822，与框 2 为 0.143；框 2 与真实框只有 0.16，评估时会被算作误检。',
      en: 'Left, before NMS: four predicted boxes with their scores, box 0 (0.90), box 1 (0.85, shifted from box 0 by 2 pixels), box 2 (0.60, partly overlapping box 0) and box 3 (0.75, a second object); the dashed green box is the cat’s ground truth. Right, after NMS: sorted by score, box 0 is kept, box 1, whose IoU with it exceeds 0.5, is dropped (grey dashed), then boxes 3 and 2 are kept: 0, 3, 2 remain. Below, the computed IoUs: box 0 with box 1 is 0.822, with box 2 0.143; box 2 with the ground truth is only 0.16, so evaluation would count it as a false positive.',
    },
  },
  (k) => {
    const kept = nms(BOXES, SCORES, 0.5);
    let out = k.text(105, 16, { zh: 'NMS 之前', en: 'before NMS' }, { anchor: 'middle', bold: true, size: 's' });
    out += panel(k, 10, () => 'all');
    out += k.text(355, 16, { zh: 'NMS 之后（阈值 0.5）', en: 'after NMS (threshold 0.5)' }, { anchor: 'middle', bold: true, size: 's' });
    out += panel(k, 260, (i) => (kept.includes(i) ? 'kept' : 'dropped'));
    out += k.arrow([[206, 130], [254, 130]]);
    const f = (v: number) => v.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
    out += k.text(10, 250, `IoU(0, 1) = ${f(iou(BOXES[0]!, BOXES[1]!))} > 0.5 → ${kept.includes(1) ? 'keep 1' : '✕ 1'}`, { size: 's' });
    out += k.text(10, 268, `IoU(0, 2) = ${f(iou(BOXES[0]!, BOXES[2]!))}   IoU(2, ${'GT'}) = ${iou(TRUTH, BOXES[2]!).toFixed(2)}`, { size: 's' });
    out += k.text(450, 259, { zh: `保留：${kept.join('、')}`, en: `kept: ${kept.join(', ')}` }, { size: 's', anchor: 'end', bold: true });
    return out;
  },
);
