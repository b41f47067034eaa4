import { describe, expect, it } from 'vitest';
import { deferScripts, loaderScript } from '@/lib/defer-scripts';

const page =
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/>' +
  '<script src="/book/_next/a.js" async=""></script><script src="/book/_next/b.js" async=""></script>' +
  '<script src="/_next/poly.js" noModule=""></script></head><body><p>text</p><script>self.__next_f.push([1,""])</script></body></html>';

describe('deferScripts', () => {
  const out = deferScripts(page);

  it('removes the async chunk tags and the script preload from the head', () => {
    expect(out).not.toContain('<script src="/book/_next/a.js" async=""></script>');
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it('requests the same chunks, in order, from one loader at the end of the body', () => {
    expect(out).toMatch(/<script>\(function\(s\)\{[\s\S]*first-contentful-paint[\s\S]*\}\)\(\["\/book\/_next\/a\.js","\/book\/_next\/b\.js"\]\)<\/script><\/body>/);
    expect(out.match(/<script>\(function\(s\)/g)).toHaveLength(1);
  });

  it('keeps everything else: inline payload, nomodule polyfills, the text', () => {
    expect(out).toContain('<script src="/_next/poly.js" noModule=""></script>');
    expect(out).toContain('<script>self.__next_f.push([1,""])</script>');
    expect(out).toContain('<p>text</p>');
  });

  it('cannot be closed early by a chunk name', () => {
    expect(loaderScript(['/x</script><script>alert(1)//.js'])).not.toContain('</script><script>alert');
  });

  it('leaves a page without scripts alone, and refuses a React page whose chunks it cannot find', () => {
    expect(deferScripts('<html><body>static</body></html>')).toBe('<html><body>static</body></html>');
    expect(() => deferScripts('<html><body><script>self.__next_f.push([])</script></body></html>')).toThrow(/did Next change/);
  });
});
