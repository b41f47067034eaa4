import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';

export default diagram(
  {
    id: 'fig-cnn-vs-vit',
    chapter: 'technical-applications',
    width: 460,
    height: 250,
    caption: {
      zh: '卷积与切块：CNN 用同一个小卷积核在图像上滑动，逐层扩大感受野；ViT 把图像切成 16×16 像素的块，每块作为一个词元送进 Transformer 编码器',
      en: 'Convolution and patching: a CNN slides one small kernel over the image and widens its view layer by layer; ViT cuts the image into 16×16-pixel patches and feeds each as a token to a Transformer encoder',
    },
    alt: { zh: 'CNN 的卷积与 ViT 的图像切块对比', en: 'CNN convolution compared with ViT patching' },
    desc: {
      zh: '左边：一幅图像的像素网格上有一个 3×3 的卷积核（着色），它在每个位置与覆盖的像素做加权求和，得到右侧特征图中的一个值；同一个卷积核在所有位置共享。右边：同一幅图像被切成 4×4 共 16 个图块（实际 ViT 中每块 16×16 像素，224×224 的图像得到 196 块），每块展平后经线性映射成一个向量，加上位置编码，作为一排词元送入 Transformer 编码器，由注意力在所有图块之间交换信息。',
      en: 'Left: a 3×3 kernel (shaded) sits on the pixel grid of an image; at each position it takes a weighted sum of the pixels it covers, giving one value of the feature map to its right, and the same kernel is shared by every position. Right: the same image cut into a 4×4 grid of 16 patches (in ViT each patch is 16×16 pixels, so a 224×224 image gives 196 patches); each patch is flattened and linearly projected to a vector, positional encodings are added, and the row of tokens enters a Transformer encoder, where attention exchanges information between all patches.',
    },
  },
  (k) => {
    let out = k.text(100, 18, 'CNN', { anchor: 'middle', bold: true });
    out += matrix(k, 14, 40, 8, 8, 12, { tone: 0, shade: (i, j) => (i >= 2 && i < 5 && j >= 3 && j < 6 ? 0.9 : 0.08) });
    out += k.rect(14 + 3 * 12, 40 + 2 * 12, 36, 36, { tone: 2, rx: 0, opacity: 0 });
    out += k.arrow([[14 + 6 * 12, 40 + 3.5 * 12], [142, 72]], { tone: 2 });
    out += matrix(k, 142, 52, 6, 6, 10, { tone: 2, shade: (i, j) => (i === 2 && j === 3 ? 0.9 : 0.15) });
    out += k.text(100, 160, { zh: '3×3 卷积核滑动\n权重在各位置共享', en: '3×3 kernel slides,\nshared at every position' }, { anchor: 'middle', size: 's', muted: true });
    out += k.line(222, 20, 222, 236, { thin: true, dashed: true });
    // ViT.
    out += k.text(340, 18, 'ViT', { anchor: 'middle', bold: true });
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) out += k.rect(236 + j * 24, 40 + i * 24, 22, 22, { tone: 1, rx: 1 });
    out += k.text(284, 148, { zh: '16×16 像素的块', en: '16×16-pixel patches' }, { anchor: 'middle', size: 's', muted: true });
    out += k.arrow([[336, 88], [356, 88]]);
    out += k.text(452, 52, { zh: '展平 + 线性映射\n+ 位置编码', en: 'flatten, project,\nadd position' }, { anchor: 'end', size: 's' });
    for (let t = 0; t < 5; t++) out += k.rect(362 + t * 15, 78, 12, 20, { tone: 1, solid: true, rx: 2, opacity: 0.35 + t * 0.1 });
    out += k.text(446, 88, '…', { size: 's', anchor: 'end' });
    out += k.arrow([[404, 98], [404, 168]]);
    out += k.box(330, 168, 120, 40, { zh: 'Transformer\n编码器', en: 'Transformer\nencoder' }, { tone: 2, size: 's' });
    out += k.text(452, 228, { zh: '224×224 → 196 个词元', en: '224×224 → 196 tokens' }, { anchor: 'end', size: 's', muted: true });
    return out;
  },
);
