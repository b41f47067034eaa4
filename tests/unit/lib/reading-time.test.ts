import { describe, expect, it } from 'vitest';
import { minutesLeft, readingMinutes, readingUnits } from '@/lib/reading-time';

describe('readingUnits', () => {
  it('counts Chinese by characters, with a Latin word as one unit', () => {
    expect(readingUnits('大模型需要 GPU 训练。', 'char')).toBe(8);
  });
  it('counts English by words', () => {
    expect(readingUnits("A model's weights, 7B of them — roughly.", 'word')).toBe(7);
  });
});

describe('readingMinutes', () => {
  it('uses each language\'s speed and never says 0', () => {
    expect(readingMinutes('字'.repeat(4000), 'zh')).toBe(10);
    expect(readingMinutes('word '.repeat(2000), 'en')).toBe(10);
    expect(readingMinutes('短', 'zh')).toBe(1);
  });
});

describe('minutesLeft', () => {
  it('falls with the fraction read and stays within bounds', () => {
    expect(minutesLeft(45, 0)).toBe(45);
    expect(minutesLeft(45, 0.5)).toBe(23);
    expect(minutesLeft(45, 1)).toBe(0);
    expect(minutesLeft(45, 1.7)).toBe(0);
    expect(minutesLeft(45, -1)).toBe(45);
    expect(minutesLeft(45, Number.NaN)).toBe(45);
  });
});
