import { diagram } from '@/lib/figures/types';
import { linear, plot } from '@/lib/figures/chart';

const D_MODEL = 512;
/** Dimension indices 2i drawn, and the sinusoid PE(pos, 2i) = sin(pos / 10000^(2i/d_model)). */
const DIMS = [0, 32, 64, 128] as const;
export const pe = (pos: number, twoI: number) => Math.sin(pos / 10000 ** (twoI / D_MODEL));
export const wavelength = (twoI: number) => 2 * Math.PI * 10000 ** (twoI / D_MODEL);

export default diagram(
  {
    id: 'fig-positional-encoding',
    chapter: 'algorithm-principles',
    width: 460,
    height: 250,
    caption: {
      zh: '正弦位置编码（d_model = 512）的四个维度：维度越高，波长越长，从 2π 起按几何级数增长',
      en: 'Four dimensions of the sinusoidal positional encoding (d_model = 512): the higher the dimension, the longer the wavelength, growing geometrically from 2π',
    },
    alt: { zh: '位置编码几个维度随位置变化的曲线', en: 'Curves of several positional-encoding dimensions against position' },
    desc: {
      zh: '四条横排的曲线分别是维度 2i = 0、32、64、128 上的 sin(pos / 10000^(2i/512))，横轴是位置 pos，从 0 到 60。维度 0 的波长是 2π ≈ 6.3，曲线振荡得很快；维度 32 的波长约 11.2；维度 64 约 19.9；维度 128 约 62.8，在 60 个位置内还不到一个周期。每个位置因此得到一组独特的数值，近处位置的编码也相似。',
      en: 'Four rows of curves show sin(pos / 10000^(2i/512)) for dimensions 2i = 0, 32, 64 and 128, with the position pos from 0 to 60 on the horizontal axis. Dimension 0 has wavelength 2π ≈ 6.3 and oscillates fast; dimension 32 has about 11.2; dimension 64 about 19.9; dimension 128 about 62.8, less than one period over 60 positions. Each position therefore gets its own combination of values, and nearby positions get similar ones.',
    },
  },
  (k) => {
    const x = linear([0, 60], [110, 445]);
    let out = '';
    DIMS.forEach((d, i) => {
      const mid = 34 + i * 50;
      const y = linear([-1, 1], [mid + 18, mid - 18]);
      out += k.line(110, mid, 445, mid, { thin: true, dashed: true });
      out += k.polyline(plot((p) => pe(p, d), x, y, 120), { tone: (i + 1) as 1 | 2 | 3 | 4, width: 1.75 });
      out += k.text(8, mid - 7, { zh: `维度 ${d}`, en: `dim ${d}` }, { size: 's' });
      out += k.text(8, mid + 9, `λ ≈ ${wavelength(d).toFixed(1)}`, { size: 's', muted: true });
    });
    out += k.line(110, 226, 445, 226);
    for (const p of [0, 10, 20, 30, 40, 50, 60]) out += k.line(x(p), 226, x(p), 230) + k.text(x(p), 240, String(p), { size: 's', anchor: 'middle', muted: true });
    out += k.text(100, 240, 'pos', { size: 's', anchor: 'end', italic: true });
    return out;
  },
);
