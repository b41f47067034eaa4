import { z } from 'zod';

/** A data file whose rows a chapter's table also states (checked by lib/figures/tables.ts). */
const quoted = z.array(z.object({ chapter: z.string(), text: z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]) })).optional();

/** Numbers the chapter prints (code output, dates): `quoted` strings must stay in both editions (lib/figures/book-check.ts). */
export function quotedData<R extends z.ZodRawShape>(shape: R) {
  return z.object({ $comment: z.string().optional(), quoted, ...shape });
}

export function tableData<R extends z.ZodRawShape>(row: R) {
  return z.object({
    $comment: z.string().optional(),
    quoted,
    table: z.object({ chapter: z.string(), column: z.number().int().nonnegative() }),
    rows: z.array(z.object({ row: z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]), part: z.number().int().nonnegative().optional(), value: z.number(), ...row })).min(1),
  });
}
