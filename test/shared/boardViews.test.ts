import { describe, expect, it } from "vitest";
import { orderedViews } from "../../client/features/board/BoardMetaForm";
import { CreateBoardBody } from "../../shared/api";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState, boardOf } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { WALL_SETTINGS_ID, type WallSettings } from "../../shared/features/networking/records";
import { LIMITS } from "../../shared/limits";
import { type Actor, boardViews } from "../../shared/model";
import { BoardUpdateOp, type Op, OpSchema } from "../../shared/ops";
import { TEMPLATES, templateRecords } from "../../shared/templates";
import { alice, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor = moderator): OpOutcome => applyOp(viewOf(state), op, actor, 42);
const apply = (state: BoardState, op: Op, actor: Actor = moderator): BoardState => {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}`);
  return applyCommitted(state, outcome);
};
const board = { id: "board-000001", title: "T", description: "", createdAt: 1 };

describe("board views and templates (VIEW-1, VIEW-2, BOARD-1)", () => {
  it("VIEW-1 a board stored before views existed shows its columns and meetings", () => {
    expect(boardViews(boardOf(sampleState()) ?? {})).toEqual(["columns", "meetings"]);
    expect(boardViews({ views: [] })).toEqual(["columns", "meetings"]);
    expect(boardViews({ views: ["wall", "columns"] })).toEqual(["wall", "columns"]);
  });

  it("VIEW-2 a moderator sets the views with board.update; an edit without views keeps them", () => {
    const withViews = apply(sampleState(), {
      type: "board.update",
      title: "T",
      description: "",
      views: ["wall", "meetings"],
      baseVersion: 1,
    });
    expect(boardOf(withViews)).toMatchObject({ views: ["wall", "meetings"], version: 2 });
    const kept = apply(withViews, { type: "board.update", title: "Neu", description: "", baseVersion: 2 });
    expect(boardOf(kept)).toMatchObject({ title: "Neu", views: ["wall", "meetings"], version: 3 });
    const untouched = apply(sampleState(), { type: "board.update", title: "X", description: "", baseVersion: 1 });
    expect(boardOf(untouched)).not.toHaveProperty("views");
    expect(
      run(sampleState(), { type: "board.update", title: "T", description: "", views: ["wall"], baseVersion: 1 }, alice),
    ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
  });

  it("VIEW-2 VAL-1 the views are known ones, each once, at least one", () => {
    const op = { type: "board.update", title: "T", description: "", baseVersion: 1 };
    expect(BoardUpdateOp.safeParse({ ...op, views: ["wall"] }).success).toBe(true);
    expect(BoardUpdateOp.safeParse(op).success).toBe(true);
    expect(BoardUpdateOp.safeParse({ ...op, views: [] }).success).toBe(false);
    expect(BoardUpdateOp.safeParse({ ...op, views: ["wall", "wall"] }).success).toBe(false);
    expect(BoardUpdateOp.safeParse({ ...op, views: ["kanban"] }).success).toBe(false);
    expect(OpSchema.safeParse({ ...op, views: ["columns", "meetings", "wall"] }).success).toBe(true);
  });

  it("VIEW-2 the settings form puts the start view first, the others in their usual order", () => {
    expect(orderedViews(new Set(["columns", "meetings", "wall"]), "wall")).toEqual(["wall", "columns", "meetings"]);
    expect(orderedViews(new Set(["columns"]), "columns")).toEqual(["columns"]);
  });

  it("BOARD-1 VIEW-1 empty opens on columns, Stammtisch has columns and meetings, Vernetzung opens on the wall", () => {
    const [emptyBoard] = templateRecords({ ...board, template: "empty" }, [], []);
    expect(emptyBoard).toMatchObject({ type: "board", views: ["columns"] });
    const ids = TEMPLATES.stammtisch.columns.map((_, i) => `col-${i}-tmpl`);
    const stammtisch = templateRecords(
      { ...board, template: "stammtisch" },
      ids,
      ids.map((_, i) => `a${i}`),
    );
    expect(stammtisch[0]).toMatchObject({ views: ["columns", "meetings"] });
    expect(stammtisch.filter((record) => record.type === "column")).toHaveLength(6);
    expect(stammtisch.some((record) => record.type === "wallSettings")).toBe(false);

    const vernetzung = templateRecords({ ...board, template: "vernetzung" }, [], []);
    expect(vernetzung.map((record) => record.type)).toEqual(["board", "wallSettings"]);
    expect(vernetzung[0]).toMatchObject({ views: ["wall"] });
    const wall = vernetzung[1] as WallSettings;
    expect(wall).toMatchObject({ id: WALL_SETTINGS_ID, audience: "board", authorId: null, version: 1 });
    expect(wall.fieldsOfWork).toEqual(
      expect.arrayContaining(["Kultur", "Bildung", "Soziale Arbeit", "Klima und Umwelt", "Regionalentwicklung"]),
    );
    expect(wall.regions).toEqual(expect.arrayContaining(["Cottbus", "Landkreis Görlitz", "Landkreis Bautzen"]));
    for (const list of [wall.fieldsOfWork, wall.regions]) {
      expect(list.length).toBeLessThanOrEqual(LIMITS.wallListEntries);
      expect(new Set(list).size).toBe(list.length);
      for (const entry of list) expect(entry.length).toBeLessThanOrEqual(LIMITS.cardShortField);
    }
  });

  it("API-1 the REST body takes the Vernetzung template", () => {
    expect(CreateBoardBody.parse({ title: "Netz", template: "vernetzung" }).template).toBe("vernetzung");
  });
});
