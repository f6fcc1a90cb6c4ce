import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineClientFeature } from "../../client/core/clientFeature";
import { defineFeature } from "../../shared/core/feature";
import { featureBook } from "../../shared/core/featureBook";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { type BaseRecord, putWrite } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { done, fail, type OpRule, ruleBook } from "../../shared/core/ruleBook";
import { problem } from "../../shared/errors";
import { FEATURES } from "../../shared/features";
import { EntityId } from "../../shared/fields";
import { alice, moderator, sampleState } from "../helpers/fixtures";

/**
 * The recipe in docs/ARCHITECTURE.md, followed once: a record type is one definition per side plus
 * one line in each list. Everything else (rules, edit targets, protocol versions, redaction) follows.
 */
interface Note extends BaseRecord {
  type: "note";
  text: string;
  contact: string;
}

const NoteAdd = z.strictObject({
  type: z.literal("note.add"),
  noteId: EntityId,
  text: z.string(),
  contact: z.string(),
});
const NoteEdit = z.strictObject({
  type: z.literal("note.edit"),
  noteId: EntityId,
  text: z.string(),
  baseVersion: z.int().nonnegative(),
});
const NOTE_OPS = [NoteAdd, NoteEdit] as const;
type NoteOp = z.output<(typeof NOTE_OPS)[number]>;

const noteRules: OpRule<NoteOp>[] = [
  {
    type: "note.add",
    apply: (_view, op, actor) =>
      op.type === "note.add"
        ? done(
            putWrite({
              type: "note",
              id: op.noteId,
              version: 1,
              audience: "board",
              authorId: actor.authorId,
              text: op.text,
              contact: op.contact,
            } as Note),
          )
        : fail(problem("invalid_input", "not a note.add")),
  },
  {
    type: "note.edit",
    apply(view, op) {
      const note = view.get<Note>("note", op.noteId);
      if (!note || op.type !== "note.edit") return fail(problem("not_found", "No such note."));
      if (note.version !== op.baseVersion) return fail(problem("conflict", "Changed meanwhile.", { current: note }));
      return done(putWrite({ ...note, text: op.text, version: note.version + 1 }, note));
    },
  },
];

/** The shared module. */
const noteFeature = defineFeature({
  name: "notes",
  ops: NOTE_OPS,
  rules: noteRules,
  recordTypes: [
    {
      type: "note",
      audiences: ["board"],
      redact: (record, viewer) => (viewer.role === "moderator" ? record : { ...record, contact: "" }),
    },
  ],
  editTargets: { "note.edit": (op) => ({ type: "note", id: op.noteId }) },
  since: { "note.add": PROTOCOL_VERSION, "note.edit": PROTOCOL_VERSION },
});

/** The client module. */
const noteClient = defineClientFeature<NoteOp>({
  name: "notes",
  ops: {
    "note.add": { label: "action.card.add", submittedText: (op) => op.text },
    "note.edit": { label: "action.card.edit", submittedText: (op) => op.text },
  },
  editTargets: noteFeature.editTargets,
  opVersions: noteFeature.since,
});

describe("adding a record type: one module per side, one line in each list", () => {
  // The one line in the shared list.
  const book = featureBook([...FEATURES, noteFeature]);

  it("FEAT-1 the derived rule book applies the new ops next to the others, conflicts included", () => {
    const apply = ruleBook<{ type: string; [field: string]: unknown }>(book.rules);
    const view = viewOf(sampleState());
    const added = apply(view, { type: "note.add", noteId: "note-000001", text: "Hallo", contact: "geheim" }, alice, 1);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const state = viewOf({ ...sampleState(), note: { "note-000001": (added.writes[0] as { put: Note }).put } });
    expect(apply(state, { type: "note.edit", noteId: "note-000001", text: "Neu", baseVersion: 1 }, alice, 2).ok).toBe(
      true,
    );
    expect(
      apply(state, { type: "note.edit", noteId: "note-000001", text: "Alt", baseVersion: 0 }, alice, 2),
    ).toMatchObject({
      ok: false,
      problem: { code: "conflict" },
    });
    // The existing features' rules are still there.
    expect(apply(view, { type: "card.remove", cardId: "card-0001" }, alice, 3).ok).toBe(true);
  });

  it("FEAT-1 edit targets, protocol versions and redaction follow from the definition", () => {
    expect(book.editTargets["note.edit"]).toBeDefined();
    expect(book.opVersions["note.add"]).toBe(PROTOCOL_VERSION);
    const note: Note = {
      type: "note",
      id: "note-000001",
      version: 1,
      audience: "board",
      authorId: null,
      text: "Hallo",
      contact: "geheim",
    };
    expect(book.redactRecord(note, { role: "participant", authorId: null })).toMatchObject({ contact: "" });
    expect(book.redactRecord(note, { role: "moderator", authorId: null })).toMatchObject({ contact: "geheim" });
    expect(
      noteClient.ops["note.edit"].submittedText({
        type: "note.edit",
        noteId: "note-000001",
        text: "Neu",
        baseVersion: 1,
      }),
    ).toBe("Neu");
  });

  it("FEAT-1 the compiler rejects a feature that leaves out the edit target of an op with a baseVersion", () => {
    defineFeature({
      name: "notes",
      ops: NOTE_OPS,
      rules: noteRules,
      recordTypes: [],
      // @ts-expect-error note.edit carries a baseVersion, so it needs an edit target
      editTargets: {},
      since: { "note.add": PROTOCOL_VERSION, "note.edit": PROTOCOL_VERSION },
    });
    defineClientFeature<NoteOp>({
      name: "notes",
      // @ts-expect-error every op needs its client definition (note.edit is missing)
      ops: { "note.add": { label: "action.card.add", submittedText: (op) => op.text } },
      editTargets: noteFeature.editTargets,
    });
    expect(moderator.role).toBe("moderator");
  });
});
