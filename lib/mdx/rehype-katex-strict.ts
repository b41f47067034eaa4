import type { Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * rehype-katex does not throw on invalid TeX: it records a message on the file and renders the
 * source in red. A book must never show that, so turn the first such message into a build error
 * that points at the formula's line.
 */
export function rehypeKatexStrict() {
  return (_tree: Root, file: VFile) => {
    const problem = file.messages.find((m) => m.source === 'rehype-katex');
    if (problem) {
      const cause = problem.cause instanceof Error ? problem.cause.message : problem.reason;
      // Display math's <code> has no position of its own; its <pre> parent does.
      const placed = [...(problem.ancestors ?? [])].reverse().find((node) => node.position);
      file.fail(`Invalid TeX: ${cause}`, problem.place ?? placed?.position);
    }
  };
}
