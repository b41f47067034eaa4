import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Lang } from '@/lib/i18n/langs';
import { drawKit, type Kit } from './draw';

export type Localized = { zh: string; en: string };

/** Where data charts read their numbers; tests point it at tests/fixtures/data. */
export const defaultDataDir = path.join(process.cwd(), 'content', 'data');

type Meta = {
  /** `fig-…`: the public anchor (#fig-…), stable once published. */
  id: string;
  /** The chapter slug the figure belongs to; its number comes from its place in that chapter. */
  chapter: string;
  /** viewBox size. Figures up to 466 wide fit a 390 px phone at 75 % (text ≥ 9.4 px). */
  width: number;
  height: number;
  caption: Localized;
  /** Short accessible name: what the picture is. */
  alt: Localized;
  /** Long description for screen readers and search: what the figure shows, in words. */
  desc: Localized;
};

export type FigureDef = Meta & {
  /** The data file a chart reads (content/data/<name>.json), if any. */
  data?: string;
  body: (k: Kit, dataDir: string) => string;
};

/** A diagram or a plotted function: drawn from code alone. */
export function diagram(meta: Meta, draw: (k: Kit) => string): FigureDef {
  return { ...meta, body: (k) => draw(k) };
}

/**
 * A data chart: its numbers come from content/data/<name>.json, validated by `schema`, never
 * from the drawing code; the chapters' tables are checked against the same file
 * (lib/figures/tables.ts), so chart and table cannot disagree.
 */
export function dataChart<S extends z.ZodType>(meta: Meta & { data: string; schema: S }, draw: (k: Kit, data: z.infer<S>) => string): FigureDef {
  const { schema, ...rest } = meta;
  return { ...rest, body: (k, dataDir) => draw(k, readData(meta.data, schema, dataDir)) };
}

export function readData<S extends z.ZodType>(name: string, schema: S, dataDir = defaultDataDir): z.infer<S> {
  const file = path.join(dataDir, `${name}.json`);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${path.relative(process.cwd(), file)}: ${parsed.error.message}`);
  return parsed.data;
}

/** The figure as one inline <svg> string, in one language. */
export function renderSvg(def: FigureDef, lang: Lang, o: { descId?: string; dataDir?: string } = {}): string {
  const k = drawKit(lang);
  const described = o.descId ? ` aria-describedby="${o.descId}"` : '';
  const label = def.alt[lang].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${def.width} ${def.height}" class="fig-svg" role="img" aria-label="${label}"${described} ` +
    `style="--fw:${def.width}px">${def.body(k, o.dataDir ?? defaultDataDir)}</svg>`
  );
}
