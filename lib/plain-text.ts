/**
 * Plain-text renderings of what a chapter writes in TeX, for places that cannot typeset math: the
 * "On this page" rail, the sidebar, search results, page titles, "continue reading". The aim is
 * text a reader reads naturally ("√dₖ", "O(n²)"), not a full TeX converter: commands it does not
 * know lose their backslash and keep their argument.
 */
const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ', mu: 'μ',
  pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ', omega: 'ω', Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω',
  times: '×', cdot: '·', cdots: '⋯', ldots: '…', dots: '…', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠',
  approx: '≈', sim: '~', infty: '∞', to: '→', rightarrow: '→', leftarrow: '←', in: '∈', sum: 'Σ', prod: 'Π', partial: '∂',
  nabla: '∇', top: 'ᵀ', pm: '±', log: 'log', exp: 'exp', max: 'max', min: 'min', quad: ' ', qquad: ' ',
};
const SUB: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', n: 'ₙ', t: 'ₜ', m: 'ₘ', h: 'ₕ', l: 'ₗ', p: 'ₚ', s: 'ₛ', x: 'ₓ', a: 'ₐ', e: 'ₑ', o: 'ₒ', r: 'ᵣ', v: 'ᵥ' };
const SUP: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ', k: 'ᵏ', 'ᵀ': 'ᵀ', '′': '′' };

// A script whose every character has a Unicode form is written with it; otherwise "_(…)" / "^(…)".
function script(body: string, table: Record<string, string>, mark: string): string {
  const chars = [...body];
  if (chars.every((c) => table[c])) return chars.map((c) => table[c]).join('');
  return chars.length === 1 ? `${mark}${body}` : `${mark}(${body})`;
}

// One group: {…} (without its braces) or a single token.
function group(s: string, i: number): [string, number] {
  if (s[i] === '{') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}' && --depth === 0) return [s.slice(i + 1, j), j + 1];
    }
    return [s.slice(i + 1), s.length];
  }
  if (s[i] === '\\') {
    const m = /^\\([a-zA-Z]+)/.exec(s.slice(i));
    if (m) return [m[0], i + m[0].length];
  }
  return [s[i] ?? '', i + 1];
}

export function texToPlain(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; ) {
    const c = tex[i]!;
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      if (!m) break; // a trailing backslash
      const name = m[1]!;
      i += m[0].length;
      if (name === 'sqrt') {
        const [arg, next] = group(tex, i);
        const inner = texToPlain(arg);
        out += [...inner].length === 1 || /^[\p{L}\p{N}ₖᵢⱼₙ]+$/u.test(inner) ? `√${inner}` : `√(${inner})`;
        i = next;
      } else if (name === 'frac') {
        const [a, n1] = group(tex, i);
        const [b, n2] = group(tex, n1);
        out += `${texToPlain(a)}/${texToPlain(b)}`;
        i = n2;
      } else if (name === 'text' || name === 'mathrm' || name === 'mathbf' || name === 'operatorname' || name === 'mathit' || name === 'textbf') {
        const [arg, next] = group(tex, i);
        out += texToPlain(arg);
        i = next;
      } else if (name === 'left' || name === 'right' || name === 'big' || name === 'Big') {
        // sizing only
      } else if (name === ',' || name === ';' || name === ' ' || name === '!') {
        out += name === '!' ? '' : ' ';
      } else out += SYMBOLS[name] ?? (name.length === 1 ? name : name);
    } else if (c === '_' || c === '^') {
      const [arg, next] = group(tex, i + 1);
      const plain = texToPlain(arg);
      out += script(plain, c === '_' ? SUB : SUP, c);
      i = next;
    } else if (c === '{' || c === '}') i++;
    else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ');
}
