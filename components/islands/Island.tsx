import type { ReactNode } from 'react';
import type { IslandName } from './registry';

/**
 * The server half of an island: a complete static fallback (what readers without JavaScript,
 * printers, the PDF and search engines get) inside a box that IslandLoader.client.tsx later
 * brings to life with the island's own code. `props` must be JSON: they travel in the HTML.
 */
export function Island<P extends object>({ name, props, label, children }: { name: IslandName; props: P; label: string; children: ReactNode }) {
  return (
    <section data-widget={name} data-island={name} data-props={JSON.stringify(props)} aria-label={label} className="island not-prose my-8">
      <div data-island-fallback="">{children}</div>
    </section>
  );
}
