import { describe, expect, it } from 'vitest';
import { texToPlain } from '@/lib/plain-text';

describe('texToPlain', () => {
  it('reads the book\'s heading and inline math naturally', () => {
    expect(texToPlain('\\sqrt{d_k}')).toBe('√dₖ');
    expect(texToPlain('O(n^2)')).toBe('O(n²)');
    expect(texToPlain('h')).toBe('h');
    expect(texToPlain('C \\approx 6ND')).toBe('C ≈ 6ND');
    expect(texToPlain('QK^\\top')).toBe('QKᵀ');
    expect(texToPlain('\\frac{QK^\\top}{\\sqrt{d_k}}')).toBe('QKᵀ/√dₖ');
    expect(texToPlain('d_{\\text{model}}')).toBe('d_(model)');
    expect(texToPlain('\\alpha_t')).toBe('αₜ');
  });
  it('never leaves a backslash command or a brace behind', () => {
    for (const tex of ['\\mathbf{x}_{t-1}', '\\left(\\frac{a}{b}\\right)', '\\sum_{i=1}^{n} w_i x_i', '\\unknowncommand{x}', '{', '\\'])
      expect(texToPlain(tex)).not.toMatch(/[\\{}]/);
  });
});
