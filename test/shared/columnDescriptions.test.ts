import { describe, expect, it } from "vitest";
import { sortedColumns } from "../../client/features/board/selectors";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState, columnsOf, stateFromSnapshot } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { LIMITS } from "../../shared/limits";
import { type Actor, type Column, columnWithDefaults, type StoredColumn } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { boardRecordsFromTemplate, TEMPLATES } from "../../shared/templates";
import { alice, boardMeta, column, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = moderator): OpOutcome => applyOp(viewOf(state), op, actor, 42);
const apply = (state: BoardState, op: Op, actor: Actor = moderator): BoardState => {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}`);
  return applyCommitted(state, outcome);
};

/** A column as stored before COL-4: no description at all. */
function oldColumn(id: string, rank: string): StoredColumn {
  const { description: _none, ...stored } = column(id, rank, "Alte Spalte");
  return stored;
}

const update = (columnId: string, title: string, description: string, baseVersion: number): Op => ({
  type: "column.update",
  columnId,
  title,
  description,
  baseVersion,
});

describe("column descriptions (COL-4)", () => {
  it("COL-4 VAL-7 column.add takes a description, or none when it is left out", () => {
    const parsed = OpSchema.parse({ type: "column.add", columnId: "col-cccc", title: "Energie", rank: "a2" });
    expect(parsed).toMatchObject({ description: "" });
    const without = apply(sampleState(), parsed);
    expect(columnsOf(without)["col-cccc"]).toMatchObject({ title: "Energie", description: "", version: 1 });

    const withText = OpSchema.parse({
      type: "column.add",
      columnId: "col-cccc",
      title: "Energie",
      description: "  Was gehört hierher?  ",
      rank: "a2",
    });
    const added = apply(sampleState(), withText);
    expect(columnsOf(added)["col-cccc"]).toMatchObject({ description: "Was gehört hierher?" });
  });

  it("COL-4 VAL-6 a description is at most 300 characters after bidi controls are stripped", () => {
    const op = (description: string) => ({
      type: "column.update",
      columnId: "col-aaaa",
      title: "A",
      description,
      baseVersion: 1,
    });
    expect(LIMITS.columnDescription).toBe(300);
    expect(OpSchema.safeParse(op("d".repeat(LIMITS.columnDescription))).success).toBe(true);
    expect(OpSchema.safeParse(op("d".repeat(LIMITS.columnDescription + 1))).success).toBe(false);
    // Explicit bidi controls never enter the board and do not count.
    const parsed = OpSchema.parse(op(`\u202Egnalp\u202C${"d".repeat(LIMITS.columnDescription - 5)}`));
    expect(parsed).toMatchObject({ description: `gnalp${"d".repeat(LIMITS.columnDescription - 5)}` });
    expect(OpSchema.safeParse(op("\u2067")).success).toBe(true);
    // Required in an update: the form always sends both fields.
    const { description: _left, ...withoutDescription } = op("");
    expect(OpSchema.safeParse(withoutDescription).success).toBe(false);
  });

  it("COL-4 COL-3 column.update changes title and description in one version; a stale version is a conflict", () => {
    const updated = apply(sampleState(), update("col-aaaa", "Energie", "Bürgerenergie und Wärme", 1));
    expect(columnsOf(updated)["col-aaaa"]).toMatchObject({
      title: "Energie",
      description: "Bürgerenergie und Wärme",
      version: 2,
      rank: "a0",
    });
    // The cards stay where they are.
    expect(run(sampleState(), update("col-aaaa", "Energie", "x", 1))).toMatchObject({
      ok: true,
      writes: [{ put: { id: "col-aaaa" } }],
    });
    expect(run(updated, update("col-aaaa", "Mobilität", "", 1))).toMatchObject({
      ok: false,
      problem: { code: "conflict", current: { id: "col-aaaa", version: 2, description: "Bürgerenergie und Wärme" } },
    });
    expect(run(updated, update("col-gone", "x", "", 1))).toMatchObject({ ok: false, problem: { code: "not_found" } });
  });

  it("COL-4 a rename keeps the description, and a rename and an update check the same version", () => {
    const described = apply(sampleState(), update("col-aaaa", "Energie", "Bürgerenergie", 1));
    const renamed = apply(described, { type: "column.rename", columnId: "col-aaaa", title: "Wärme", baseVersion: 2 });
    expect(columnsOf(renamed)["col-aaaa"]).toMatchObject({ title: "Wärme", description: "Bürgerenergie", version: 3 });
    expect(run(renamed, update("col-aaaa", "X", "Y", 2))).toMatchObject({ ok: false, problem: { code: "conflict" } });
  });

  it("COL-4 UI-3 a participant may not describe a column", () => {
    for (const op of [
      update("col-aaaa", "Energie", "Beschreibung", 1),
      { type: "column.add", columnId: "col-cccc", title: "Neu", description: "Beschreibung", rank: "a2" } as const,
    ]) {
      expect(run(sampleState(), op, alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    }
  });

  it("COL-4 a column stored before descriptions reads as having none, in the rules and in the board's columns", () => {
    const stored = oldColumn("col-old1", "a0");
    const state = stateFromSnapshot({ records: [boardMeta(), stored] });
    expect(columnWithDefaults(stored)).toMatchObject({ id: "col-old1", description: "" });

    // The client shows it with an empty description, and the same record gives the same object.
    const [shown] = sortedColumns(columnsOf(state));
    expect(shown).toMatchObject({ title: "Alte Spalte", description: "" });
    expect(sortedColumns(columnsOf(state))[0]).toBe(shown);

    // A conflict shows it with an empty description; an edit or a rename writes the field.
    expect(run(state, update("col-old1", "X", "", 7))).toMatchObject({
      ok: false,
      problem: { code: "conflict", current: { description: "" } },
    });
    const renamed = apply(state, { type: "column.rename", columnId: "col-old1", title: "Neu", baseVersion: 1 });
    expect(columnsOf(renamed)["col-old1"]).toMatchObject({ title: "Neu", description: "", version: 2 });
    const described = apply(state, update("col-old1", "Alte Spalte", "Endlich beschrieben", 1));
    expect(columnsOf(described)["col-old1"]).toMatchObject({ description: "Endlich beschrieben", version: 2 });

    // Moving it (and re-ranking its neighbours) works as before.
    const withNew = apply(state, {
      type: "column.add",
      columnId: "col-new1",
      title: "Neu",
      description: "",
      rank: "a1",
    });
    const moved = apply(withNew, { type: "column.move", columnId: "col-old1", rank: "a2" });
    expect(sortedColumns(columnsOf(moved)).map((c) => c.id)).toEqual(["col-new1", "col-old1"]);
  });

  it("COL-4 BOARD-1 the Stammtisch template describes each of its six columns", () => {
    const columns = TEMPLATES.stammtisch.columns;
    expect(columns.map((c) => c.title)).toEqual([
      "Klimaschutz & Energiewende",
      "Mobilität und lokale Infrastruktur",
      "Nachhaltiges Wirtschaften",
      "Strukturwandel-Strukturen",
      "Engagement und Zivilgesellschaft",
      "…und mehr",
    ]);
    for (const { title, description } of columns) {
      expect(description.trim(), title).toBe(description);
      expect(description.length, title).toBeGreaterThan(20);
      expect(description.length, title).toBeLessThanOrEqual(LIMITS.columnDescription);
    }
    const ids = columns.map((_, i) => `col-${i}-tmpl`);
    const ranks = columns.map((_, i) => `a${i}`);
    const [, ...records] = boardRecordsFromTemplate(
      { id: "board-000001", title: "T", description: "", template: "stammtisch", createdAt: 1 },
      ids,
      ranks,
    );
    expect(records.map((c: Column) => c.description)).toEqual(columns.map((c) => c.description));
    const [, ...none] = boardRecordsFromTemplate(
      { id: "board-000001", title: "T", description: "", template: "empty", createdAt: 1 },
      [],
      [],
    );
    expect(none).toEqual([]);
  });
});
