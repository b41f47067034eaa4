import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { quotedData } from '@/lib/figures/schemas';
import { axes, linear } from '@/lib/figures/chart';

const schema = quotedData({
  params: z.number().positive(),
  bytesPerParam: z.number().positive(),
  layers: z.number().int().positive(),
  kvHeads: z.number().int().positive(),
  headDim: z.number().int().positive(),
  gpuMemoryGB: z.number().positive(),
  concurrentRequests: z.number().int().positive(),
  contexts: z.array(z.number().int().positive()).min(1),
});

/** m_KV = 2 · L · n_kv · d_head · b bytes per token (keys and values, every layer). */
export const kvBytesPerToken = (d: { layers: number; kvHeads: number; headDim: number; bytesPerParam: number }) => 2 * d.layers * d.kvHeads * d.headDim * d.bytesPerParam;

export default dataChart(
  {
    id: 'fig-serving-memory',
    chapter: 'startup-landscape',
    width: 460,
    height: 260,
    data: 'serving-memory',
    schema,
    caption: {
      zh: '8B 模型（BF16）同时服务 8 个请求时的显存：权重固定 16 GB，KV 缓存随上下文长度线性增长，到 128k 词元就远超一张 80 GB 的 H100',
      en: 'GPU memory for an 8B model (BF16) serving 8 requests at once: the weights take a fixed 16 GB, the KV cache grows linearly with context length and at 128k tokens far exceeds one 80 GB H100',
    },
    alt: { zh: '不同上下文长度下权重与 KV 缓存的显存堆叠柱状图', en: 'Stacked bars of weight and KV-cache memory across context lengths' },
    desc: {
      zh: '四根堆叠柱对应每个请求的上下文长度 2k、8k、32k、128k 词元，每根柱子下段是权重 16 GB，上段是 8 个并发请求的 KV 缓存：每个词元 128 KiB（2 × 32 层 × 8 个 KV 头 × 128 维 × 2 字节），合计约 2.1、8.6、34.4、137.4 GB。水平虚线标出单张 H100 的 80 GB 显存：前两种情况装得下，32k 时总量约 50 GB 仍可，128k 时约 153 GB 装不下，需要更少的并发、量化 KV 缓存或多张 GPU。',
      en: 'Four stacked bars for per-request context lengths of 2k, 8k, 32k and 128k tokens; the lower part of each is the 16 GB of weights, the upper part the KV cache of 8 concurrent requests at 128 KiB per token (2 × 32 layers × 8 KV heads × 128 dimensions × 2 bytes): about 2.1, 8.6, 34.4 and 137.4 GB. A dashed line marks the 80 GB of one H100: the first three fit (about 50 GB in total at 32k), while 128k, about 153 GB, does not, and needs fewer concurrent requests, a quantised KV cache or more GPUs.',
    },
  },
  (k, d) => {
    const weights = (d.params * d.bytesPerParam) / 1e9;
    const kv = (ctx: number) => (ctx * kvBytesPerToken(d) * d.concurrentRequests) / 1e9;
    const top = Math.max(...d.contexts.map((c) => weights + kv(c)), d.gpuMemoryGB) * 1.08;
    const y = linear([0, top], [210, 30]);
    const x = linear([0, d.contexts.length], [60, 440]);
    let out = axes(k, { x, y, xTicks: [], yTicks: [0, 40, 80, 120, 160].filter((v) => v <= top), yFormat: (v) => `${v}`, grid: true, yTitle: 'GB' });
    d.contexts.forEach((c, i) => {
      const cx = x(i + 0.5);
      out += k.rect(cx - 28, y(weights), 56, 210 - y(weights), { tone: 1, solid: true, rx: 0, opacity: 0.8 });
      out += k.rect(cx - 28, y(weights + kv(c)), 56, y(weights) - y(weights + kv(c)), { tone: 2, solid: true, rx: 0, opacity: 0.7 });
      out += k.text(cx, y(weights + kv(c)) - 8, (weights + kv(c)).toFixed(0), { size: 's', anchor: 'middle', bold: true });
      out += k.text(cx, 226, `${c / 1024}k`, { size: 's', anchor: 'middle' });
    });
    out += k.line(60, y(d.gpuMemoryGB), 440, y(d.gpuMemoryGB), { tone: 5, dashed: true });
    out += k.text(66, y(d.gpuMemoryGB) - 8, { zh: `一张 H100：${d.gpuMemoryGB} GB`, en: `one H100: ${d.gpuMemoryGB} GB` }, { size: 's', tone: 5 });
    out += k.rect(260, 36, 10, 10, { tone: 1, solid: true, rx: 0, opacity: 0.8 }) + k.text(274, 41, { zh: `权重 ${weights} GB`, en: `weights ${weights} GB` }, { size: 's' });
    out += k.rect(260, 54, 10, 10, { tone: 2, solid: true, rx: 0, opacity: 0.7 }) + k.text(274, 59, { zh: `KV 缓存（${d.concurrentRequests} 个请求）`, en: `KV cache (${d.concurrentRequests} requests)` }, { size: 's' });
    out += k.text(250, 246, { zh: '每个请求的上下文长度（词元）', en: 'context length per request (tokens)' }, { size: 's', anchor: 'middle', muted: true });
    return out;
  },
);
