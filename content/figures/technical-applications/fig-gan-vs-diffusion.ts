import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';
import { seededRandom } from '@/lib/random';

/** A 6×6 "image" (a ring) mixed with noise: √ᾱ·x₀ + √(1−ᾱ)·ε, as in DDPM's q(x_t | x₀). */
function noisy(abar: number, seed: number) {
  const rand = seededRandom(seed);
  return Array.from({ length: 6 }, (_, i) =>
    Array.from({ length: 6 }, (_, j) => {
      const r = Math.hypot(i - 2.5, j - 2.5);
      const x0 = r > 1.2 && r < 2.6 ? 1 : 0;
      const eps = rand() * 2 - 1;
      return Math.min(1, Math.max(0, Math.sqrt(abar) * x0 + Math.sqrt(1 - abar) * (0.5 + eps * 0.5)));
    }),
  );
}

export default diagram(
  {
    id: 'fig-gan-vs-diffusion',
    chapter: 'technical-applications',
    width: 460,
    height: 250,
    caption: {
      zh: 'GAN 与扩散模型：GAN 的生成器一次前向就把噪声变成图像，由判别器对抗训练；扩散模型先逐步加噪（前向过程），再学习一步步去噪（反向过程）',
      en: 'GAN and diffusion: a GAN’s generator turns noise into an image in one forward pass and is trained against a discriminator; a diffusion model adds noise step by step (forward process) and learns to remove it step by step (reverse process)',
    },
    alt: { zh: 'GAN 与扩散模型的生成过程对比', en: 'Generation in a GAN compared with a diffusion model' },
    desc: {
      zh: '上半部分是 GAN：随机噪声 z 进入生成器 G，得到一幅生成图像；判别器 D 同时接收真实图像和生成图像，输出“真”或“假”，两者对抗训练。下半部分是扩散模型：一排五幅小图从左到右依次是干净图像 x0（一个圆环）和逐步加噪后的 x_t，直到接近纯噪声 x_T；上方的前向箭头 q 表示按固定方差加噪，下方的反向箭头 p_θ 表示训练好的网络从噪声出发逐步去噪，生成时要走很多步。',
      en: 'The top half is a GAN: random noise z enters the generator G, which outputs an image; the discriminator D sees real images and generated ones and outputs “real” or “fake”, and the two are trained against each other. The bottom half is a diffusion model: a row of five small images runs from the clean image x0 (a ring) through increasingly noisy x_t to almost pure noise x_T; the forward arrows q above add noise with fixed variances, and the reverse arrows p_θ below are the trained network removing noise step by step, starting from noise, which takes many steps at generation time.',
    },
  },
  (k) => {
    let out = k.text(10, 16, 'GAN', { bold: true });
    out += matrix(k, 14, 36, 4, 4, 8, { tone: 0, shade: (i, j) => noisy(0, 3)[i]![j]! * 0.9 }) + k.text(30, 80, 'z', { anchor: 'middle', italic: true });
    out += k.arrow([[50, 52], [74, 52]]) + k.box(74, 34, 56, 36, 'G', { tone: 1 }) + k.arrow([[130, 52], [154, 52]]);
    out += matrix(k, 154, 34, 6, 6, 6, { tone: 1, shade: (i, j) => noisy(1, 1)[i]![j]! * 0.9 }) + k.text(172, 26, { zh: '生成', en: 'fake' }, { size: 's', anchor: 'middle' });
    out += matrix(k, 220, 34, 6, 6, 6, { tone: 3, shade: (i, j) => noisy(1, 1)[j]![i]! * 0.9 }) + k.text(238, 26, { zh: '真实', en: 'real' }, { size: 's', anchor: 'middle' });
    out += k.arrow([[172, 70], [172, 90], [318, 90], [318, 70]]) + k.arrow([[256, 52], [290, 52]]);
    out += k.box(290, 34, 56, 36, 'D', { tone: 2 }) + k.arrow([[346, 52], [368, 52]]) + k.text(374, 52, { zh: '真 / 假？', en: 'real / fake?' }, { size: 's' });
    out += k.line(10, 104, 450, 104, { thin: true, dashed: true });
    // Diffusion.
    out += k.text(10, 124, { zh: '扩散模型', en: 'Diffusion' }, { bold: true });
    const abars = [1, 0.7, 0.4, 0.15, 0.02];
    const names = ['x₀', 'x₁', 'x_t', '…', 'x_T'];
    abars.forEach((a, s) => {
      const x = 30 + s * 88;
      out += matrix(k, x, 160, 6, 6, 7, { tone: 4, shade: (i, j) => noisy(a, 10 + s)[i]![j]! * 0.9 });
      out += k.text(x + 21, 214, names[s]!, { size: 's', anchor: 'middle', italic: true });
      if (s < 4) {
        out += k.arrow([[x + 46, 160], [x + 82, 160]], { tone: 5, thin: true });
        out += k.arrow([[x + 82, 202], [x + 46, 202]], { tone: 3, thin: true });
      }
    });
    out += k.text(230, 146, { zh: '前向 q：逐步加噪（固定，不需训练）', en: 'forward q: add noise (fixed, not learned)' }, { size: 's', anchor: 'middle', tone: 5 });
    out += k.text(230, 236, { zh: '反向 p_θ：网络逐步去噪（生成时走很多步）', en: 'reverse p_θ: the network denoises, step by step' }, { size: 's', anchor: 'middle', tone: 3 });
    return out;
  },
);
