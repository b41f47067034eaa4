import { diagram } from '@/lib/figures/types';
import { logMel, RATE, synthUtterance } from '@/lib/figures/spectrogram';

const LEVELS = 5;

export default diagram(
  {
    id: 'fig-speech-pipeline',
    chapter: 'technical-applications',
    width: 460,
    height: 280,
    caption: {
      zh: '语音识别的前端：波形按 25 毫秒一帧、10 毫秒一跳切分，转成对数 Mel 频谱图，再交给模型输出文字（信号为合成的一秒语音，频谱在构建时计算）',
      en: 'The front end of speech recognition: the waveform is cut into 25 ms frames with a 10 ms hop and turned into a log-Mel spectrogram, which a model turns into text (a synthesized one-second signal; the spectrogram is computed at build time)',
    },
    alt: { zh: '从波形到频谱图再到文字的语音识别流程', en: 'Speech recognition from waveform to spectrogram to text' },
    desc: {
      zh: '上方是一秒长、16 kHz 采样的合成信号波形：开头约 0.35 秒是第一个元音，中间约 0.1 秒是一段像“s”一样的摩擦噪声，后面约 0.35 秒是第二个元音，之间有短暂静音。下方是同一信号的对数 Mel 频谱图，横轴为时间，纵轴为 32 个 Mel 频带（从低到高），颜色越深能量越大：两个元音的能量集中在各自共振峰所在的频带，第一个元音在 700 和 1200 Hz 附近，第二个元音在 300 Hz 附近和约 2300 Hz 的高处；摩擦音的能量集中在 3 kHz 以上的高频。右侧箭头表示声学模型（如 CTC 或编码器–解码器）把这些帧转成文字。',
      en: 'At the top is the waveform of a synthesized one-second signal sampled at 16 kHz: a first vowel for about 0.35 s, a short “s”-like fricative noise of about 0.1 s, then a second vowel of about 0.35 s, with brief silences between. Below is the log-Mel spectrogram of the same signal, time across and 32 Mel bands from low to high up the side, darker meaning more energy: each vowel’s energy sits in the bands of its formants, near 700 and 1,200 Hz for the first, near 300 Hz and high up near 2,300 Hz for the second; the fricative’s energy sits above 3 kHz. The arrow on the right stands for an acoustic model (CTC or an encoder–decoder, for example) turning the frames into text.',
    },
  },
  (k) => {
    const x = synthUtterance();
    const X0 = 40;
    const W = 330;
    let out = '';
    // Waveform: the peak of every 5 ms slice, drawn as a filled envelope (small and exact enough at this size).
    const slice = RATE / 200;
    const peaks = Array.from({ length: 200 }, (_, i) => x.slice(i * slice, (i + 1) * slice).reduce((m, v) => Math.max(m, Math.abs(v)), 0));
    const top = Math.max(...peaks);
    const env = peaks.map((p, i) => [X0 + (i / 199) * W, 50 - (p / top) * 30] as [number, number]);
    out += k.polygon([...env, ...env.map(([a, b]) => [a, 100 - b] as [number, number]).reverse()], { tone: 1, opacity: 0.85 });
    out += k.line(X0, 50, X0 + W, 50, { thin: true });
    out += k.text(X0 - 6, 50, { zh: '波形', en: 'wave' }, { size: 's', anchor: 'end' });
    out += k.arrow([[X0 + W / 2, 86], [X0 + W / 2, 104]]);
    // Log-Mel spectrogram: pairs of frames averaged, quantized into levels, one path per level.
    const s = logMel(x, 32);
    const cols = Math.floor(s.length / 2);
    const grid = Array.from({ length: cols }, (_, c) => s[2 * c]!.map((v, b) => (v + s[2 * c + 1]![b]!) / 2));
    const flat = grid.flat();
    const hi = Math.max(...flat);
    const lo = hi - 12; // 12 nepers ≈ 52 dB of range
    const cw = W / cols;
    const bh = 4.5;
    const Y0 = 110 + 32 * bh;
    const paths: string[] = Array.from({ length: LEVELS }, () => '');
    for (let b = 0; b < 32; b++) {
      let c = 0;
      while (c < cols) {
        const level = Math.min(LEVELS - 1, Math.floor(((grid[c]![b]! - lo) / (hi - lo)) * LEVELS));
        let end = c + 1;
        while (end < cols && Math.min(LEVELS - 1, Math.floor(((grid[end]![b]! - lo) / (hi - lo)) * LEVELS)) === level) end++;
        if (level > 0) paths[level] += `M${(X0 + c * cw).toFixed(1)} ${(Y0 - (b + 1) * bh).toFixed(1)}h${((end - c) * cw).toFixed(1)}v${bh}h${(-(end - c) * cw).toFixed(1)}z`;
        c = end;
      }
    }
    out += k.rect(X0, 110, W, 32 * bh, { tone: 0, rx: 0 });
    paths.forEach((d, level) => d && (out += `<path d="${d}" class="s4" fill-opacity="${(level / (LEVELS - 1)).toFixed(2)}"/>`));
    out += k.text(X0 - 6, 110 + 16 * bh, { zh: 'Mel\n频带', en: 'Mel\nbands' }, { size: 's', anchor: 'end' });
    for (const t of [0, 0.25, 0.5, 0.75, 1]) out += k.text(X0 + t * W, Y0 + 14, `${t} s`, { size: 's', anchor: 'middle', muted: true });
    out += k.text(X0 + W / 2, Y0 + 34, { zh: '对数 Mel 频谱图（25 ms 帧，10 ms 跳）', en: 'log-Mel spectrogram (25 ms frames, 10 ms hop)' }, { size: 's', anchor: 'middle' });
    // Model and text.
    out += k.arrow([[X0 + W + 4, 110 + 16 * bh], [X0 + W + 26, 110 + 16 * bh]]);
    out += k.box(400, 150, 56, 36, { zh: '模型', en: 'model' }, { tone: 2, size: 's' });
    out += k.arrow([[428, 150], [428, 124]]) + k.text(428, 112, { zh: '文字', en: 'text' }, { size: 's', anchor: 'middle', bold: true });
    return out;
  },
);
