import { z } from "zod";
import { applyOp } from "../../../shared/applyOp";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../../../shared/boardExport";
import type { BaseRecord } from "../../../shared/core/records";
import { type Problem, problem } from "../../../shared/errors";
import { LIMITS } from "../../../shared/limits";
import type { Actor } from "../../../shared/model";
import { OpSchema } from "../../../shared/ops";
import { newBoardRecords } from "../../../shared/templates";
import { invalidInput } from "../../validation";
import { ImportDraft } from "./importDraft";
import { type ExportedRecord, IdMap, RECORD_IMPORTERS } from "./importers";

/**
 * The envelope of an export as the import reads it: the format, bounded counts and sizes. The
 * records' own fields are checked by the op schemas they become (TPL-1).
 */
export const BoardImportBody = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  board: z.object({
    title: z.string().max(LIMITS.boardTitle * 4),
    description: z
      .string()
      .max(LIMITS.boardDescription * 4)
      .default(""),
    views: z.array(z.string().max(20)).max(10).optional(),
  }),
  records: z
    .array(z.looseObject({ type: z.string().min(1).max(64), id: z.string().min(1).max(LIMITS.id) }))
    .max(LIMITS.importRecords),
});
export type BoardImportBody = z.output<typeof BoardImportBody>;

export type Imported = { ok: true; records: BaseRecord[] } | { ok: false; problem: Problem };

/** Who an import acts as: a moderator of the new board, no author (its cards are nobody's, like the API's). */
const IMPORTER: Actor = { role: "moderator", authorId: null };

/**
 * A new board's records from an export (TPL-1): the ordinary ops (board.update, column.add,
 * card.add, meeting.add, …) made of it, each parsed by the op schema and applied by the op's rule as
 * any client's op would be, one after another on the new board's records. One refused op refuses the import.
 */
export function importedRecords(
  body: BoardImportBody,
  { boardId, now, newId }: { boardId: string; now: number; newId: () => string },
): Imported {
  const ids = new IdMap(newId);
  const [board] = newBoardRecords({ id: boardId, title: "…", description: "", createdAt: now }, []);
  const draft = new ImportDraft([board]);
  const steps: { path: string; op: unknown }[] = [
    { path: "board", op: { type: "board.update", ...body.board, baseVersion: board.version } },
  ];
  for (const importer of RECORD_IMPORTERS) {
    body.records.forEach((record, index) => {
      if (record.type !== importer.type) return;
      for (const op of importer.ops(record as ExportedRecord, ids)) steps.push({ path: `records.${index}`, op });
    });
  }
  for (const { path, op } of steps) {
    const parsed = OpSchema.safeParse(op);
    if (!parsed.success) {
      const refused = invalidInput(parsed.error, "import");
      return { ok: false, problem: { ...refused, message: `${path}: ${refused.message}` } };
    }
    const outcome = applyOp(draft, parsed.data, IMPORTER, now);
    if (!outcome.ok)
      return { ok: false, problem: problem(outcome.problem.code, `${path}: ${outcome.problem.message}`) };
    draft.apply(outcome.writes);
  }
  return { ok: true, records: draft.records() };
}
