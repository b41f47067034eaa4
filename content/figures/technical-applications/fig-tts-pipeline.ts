import { diagram } from '@/lib/figures/types';
import { logMel, synthUtterance } from '@/lib/figures/spectrogram';
import { matrix } from '@/lib/figures/blocks';

export default diagram(
  {
    id: 'fig-tts-pipeline',
    chapter: 'technical-applications',
    width: 460,
    height: 230,
    caption: {
      zh: '语音合成的三段流水线：前端把文字变成音素，声学模型把音素变成 Mel 频谱图，声码器把频谱图变成每秒上万个采样点的波形',
      en: 'The three-stage speech-synthesis pipeline: the front end turns text into phonemes, the acoustic model turns phonemes into a mel spectrogram, and the vocoder turns the spectrogram into a waveform of tens of thousands of samples per second',
    },
    alt: { zh: '文字到语音的三段流水线', en: 'The three stages from text to speech' },
    desc: {
      zh: '从左到右：输入文字（例如“3 月 5 日”）；前端做文本规范化（把数字、日期读出来）和字音转换，输出音素序列；声学模型（如 Tacotron 2、FastSpeech 2）把音素变成 Mel 频谱图，大约每 10 毫秒一帧；声码器（如 WaveNet、HiFi-GAN）把频谱图变成波形，每秒 16000 到 24000 个以上采样点，计算量最大。每段下方注明了它主要负责的内容：领域词汇、音色与风格、音质。',
      en: 'Left to right: input text (for example “March 5”); the front end normalises the text (spelling out numbers and dates) and converts graphemes to phonemes; the acoustic model (Tacotron 2 or FastSpeech 2, for example) turns phonemes into a mel spectrogram of about one frame per 10 ms; the vocoder (WaveNet or HiFi-GAN, for example) turns the spectrogram into a waveform of 16,000 to 24,000 or more samples per second, the most compute of the three. Under each stage is what it mostly controls: domain vocabulary, voice and style, audio quality.',
    },
  },
  (k) => {
    let out = '';
    const stages = [
      { x: 8, label: { zh: '文字', en: 'text' }, tone: 0 as const, note: { zh: '“3 月 5 日”', en: '“March 5”' } },
      { x: 120, label: { zh: '① 前端\n规范化与注音', en: '① front end\nnormalise, G2P' }, tone: 1 as const, note: { zh: '领域词汇', en: 'vocabulary' } },
      { x: 232, label: { zh: '② 声学模型\n音素 → Mel', en: '② acoustic\nmodel' }, tone: 2 as const, note: { zh: '音色与风格', en: 'voice, style' } },
      { x: 344, label: { zh: '③ 声码器\nMel → 波形', en: '③ vocoder\nmel → wave' }, tone: 4 as const, note: { zh: '音质，算力最多', en: 'quality; most\ncompute' } },
    ];
    stages.forEach((s, i) => {
      const w = i === 0 ? 84 : 108;
      out += k.box(s.x, 40, w, 50, s.label, { tone: s.tone, size: 's' });
      out += k.text(s.x + w / 2, 112, s.note, { size: 's', anchor: 'middle', muted: true });
      if (i < 3) out += k.arrow([[s.x + w, 65], [stages[i + 1]!.x, 65]]);
    });
    // What flows between the stages, drawn small underneath.
    out += k.text(64, 156, { zh: 'san1 yue4 wu3 …', en: 'M AA1 R CH …' }, { size: 's', anchor: 'middle' }) + k.text(64, 176, { zh: '音素', en: 'phonemes' }, { size: 's', anchor: 'middle', muted: true });
    // A real (if tiny) mel spectrogram: 8 bands × 20 frames of the book's synthetic utterance.
    const mel = logMel(synthUtterance(), 8);
    const hi = Math.max(...mel.flat());
    const col = (c: number) => mel[Math.floor((c * mel.length) / 20)]!;
    out += matrix(k, 190, 146, 8, 20, 5, { tone: 2, grid: false, shade: (r, c) => Math.max(0, (col(c)[7 - r]! - (hi - 10)) / 10) });
    out += k.text(240, 206, { zh: 'Mel 频谱图', en: 'mel spectrogram' }, { size: 's', anchor: 'middle', muted: true });
    const wave = Array.from({ length: 90 }, (_, i) => [345 + i, 170 - 14 * Math.sin(i * 0.9) * Math.sin((Math.PI * i) / 90)] as [number, number]);
    out += k.polyline(wave, { tone: 4 }) + k.text(390, 206, { zh: '波形', en: 'waveform' }, { size: 's', anchor: 'middle', muted: true });
    return out;
  },
);
