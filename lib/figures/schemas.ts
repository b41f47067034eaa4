import { z } from 'zod';

/** A data file whose rows a chapter's table also states (checked by lib/figures/tables.ts). */
export function tableData<R extends z.ZodRawShape>(row: R) {
  return z.object({
    $comment: z.string().optional(),
    table: z.object({ chapter: z.string(), column: z.number().int().nonnegative() }),
    rows: z.array(z.object({ row: z.string(), part: z.number().int().nonnegative().optional(), value: z.number(), ...row })).min(1),
  });
}
