import { z } from "zod";
import type { BoardModel } from "../../server/core/boardModel";
import { themenwandRules } from "../../shared/applyOp";
import { type BaseRecord, putWrite, removeWrite } from "../../shared/core/records";
import { done, fail, type OpRule, ruleBook } from "../../shared/core/ruleBook";
import type { Redact } from "../../shared/core/visibility";
import { problem } from "../../shared/errors";
import { EntityId, OpRequestSchema, OpSchema } from "../../shared/ops";
import { authorSeesMore, redactRecord } from "../../shared/recordTypes";

/**
 * A record type that exists only in tests: a note with an audience and a contact field that only its
 * author and moderators may read. It shows that a new type needs nothing in the store or the sync
 * core: a schema, rules and a redaction, handed to the server as part of its model.
 */
export interface Note extends BaseRecord {
  type: "note";
  text: string;
  contact: string | null;
}

const NoteAdd = z.strictObject({
  type: z.literal("note.add"),
  noteId: EntityId,
  text: z.string().max(200),
  contact: z.string().max(100).nullable(),
  audience: z.enum(["board", "moderators", "author"]),
});
const NoteAudience = z.strictObject({
  type: z.enum(["note.reveal", "note.hide"]),
  noteId: EntityId,
});
const NoteRemove = z.strictObject({ type: z.literal("note.remove"), noteId: EntityId });
const NoteEdit = z.strictObject({
  type: z.literal("note.edit"),
  noteId: EntityId,
  text: z.string().max(200),
  baseVersion: z.int().nonnegative(),
});

const NoteOp = z.discriminatedUnion("type", [NoteAdd, NoteAudience, NoteRemove, NoteEdit]);
type NoteOp = z.output<typeof NoteOp>;

const NoteRequest = z.strictObject({ opId: EntityId, op: NoteOp });

const missing = () => fail(problem("not_found", "No such note."));

const noteRules: OpRule<NoteOp>[] = [
  {
    type: "note.add",
    apply(view, op, actor) {
      if (op.type !== "note.add") return missing();
      if (view.get("note", op.noteId)) return fail(problem("already_exists", "A note with this id exists."));
      const note: Note = {
        type: "note",
        id: op.noteId,
        version: 1,
        audience: op.audience,
        authorId: actor.authorId,
        text: op.text,
        contact: op.contact,
      };
      return done(putWrite(note));
    },
  },
  ...(["note.reveal", "note.hide"] as const).map(
    (type): OpRule<NoteOp> => ({
      type,
      moderatorOnly: true,
      apply(view, op) {
        const note = view.get<Note>("note", op.noteId);
        if (!note) return missing();
        const audience = type === "note.reveal" ? "board" : "moderators";
        return done(putWrite({ ...note, audience }, note));
      },
    }),
  ),
  {
    // Answers a stale version before asking who edits, with the note as stored: the exit narrows
    // the copy for whoever receives it (VIS-7).
    type: "note.edit",
    apply(view, op, actor) {
      if (op.type !== "note.edit") return missing();
      const note = view.get<Note>("note", op.noteId);
      if (!note) return missing();
      if (op.baseVersion !== note.version) return fail(problem("conflict", "Edited meanwhile.", { current: note }));
      if (actor.role !== "moderator" && actor.authorId !== note.authorId) {
        return fail(problem("forbidden", "Only its author edits a note."));
      }
      return done(putWrite({ ...note, text: op.text, version: note.version + 1 }, note));
    },
  },
  {
    type: "note.remove",
    moderatorOnly: true,
    apply(view, op) {
      const note = view.get<Note>("note", op.noteId);
      return note ? done(removeWrite(note)) : missing();
    },
  },
];

const hideContact: Redact = (record, viewer) => {
  if (record.type !== "note") return redactRecord(record, viewer);
  const mine = viewer.authorId !== null && viewer.authorId === record.authorId;
  return viewer.role === "moderator" || mine ? record : ({ ...record, contact: null } as Note);
};

const rules = ruleBook<{ type: string }>([
  ...(themenwandRules as readonly OpRule<{ type: string }>[]),
  ...(noteRules as OpRule<{ type: string }>[]),
]);

export const noteModel: BoardModel = {
  opSchema: z.union([OpSchema, NoteOp]),
  opRequestSchema: z.union([OpRequestSchema, NoteRequest]),
  applyOp: rules,
  redact: hideContact,
  authorSeesMore: (record) => record.type === "note" || authorSeesMore(record),
};
