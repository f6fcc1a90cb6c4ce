import { describe, expect, it } from "vitest";
import { regionChoices } from "../../client/features/networking/regionChoices";
import { filterCards, NO_FILTER } from "../../client/features/networking/wallFilter";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import type { BusinessCard } from "../../shared/features/networking";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const run = (state: BoardState, op: Op, actor: Actor): OpOutcome =>
  applyOp(viewOf(state), OpSchema.parse(op), actor, 1);
function apply(state: BoardState, op: Op, actor: Actor): BoardState {
  const outcome = run(state, op, actor);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}
const publish = (cardId: string, region: string): Op =>
  ({
    type: "businessCard.publish",
    cardId,
    name: `Person ${cardId}`,
    region,
    consent: { text: "Ich bin einverstanden.", given: true },
    editKeyHash: "ab".repeat(32),
  }) as Op;
const lists = (regions: string[], baseVersion = 0): Op => ({
  type: "wallSettings.update",
  fieldsOfWork: [],
  regions,
  topics: [],
  baseVersion,
});
const regionOf = (state: BoardState, cardId: string) =>
  (state.businessCard?.[cardId] as BusinessCard | undefined)?.region;

describe("regions from the board's list (NET-11)", () => {
  it("NET-11 with a list, a card's region is one of it, in the list's spelling; another is invalid_input", () => {
    let state = apply(sampleState(), lists(["Görlitz", "Landkreis Bautzen"]), moderator);
    state = apply(state, publish("bcard-alice-1", "  görlitz "), alice);
    expect(regionOf(state, "bcard-alice-1")).toBe("Görlitz");
    expect(run(state, publish("bcard-bob-001", "Goerlitz-Land"), bob)).toMatchObject({
      ok: false,
      problem: { code: "invalid_input" },
    });
    // No region at all is fine.
    state = apply(state, publish("bcard-bob-001", ""), bob);
    expect(regionOf(state, "bcard-bob-001")).toBe("");
  });

  it("NET-11 a card from before the list keeps its free-text region through an edit, but cannot take a new one", () => {
    let state = apply(sampleState(), publish("bcard-alice-1", "Lausitz (Süd)"), alice);
    state = apply(state, lists(["Görlitz"]), moderator);
    const update = (region: string): Op =>
      ({
        type: "businessCard.update",
        cardId: "bcard-alice-1",
        baseVersion: (state.businessCard?.["bcard-alice-1"] as BusinessCard | undefined)?.version ?? 0,
        name: "Person neu",
        region,
      }) as Op;
    const edited = apply(state, update("Lausitz (Süd)"), alice);
    expect(regionOf(edited, "bcard-alice-1")).toBe("Lausitz (Süd)");
    expect(run(state, update("Dresden"), alice)).toMatchObject({ ok: false, problem: { code: "invalid_input" } });
    expect(regionOf(apply(state, update("GÖRLITZ"), alice), "bcard-alice-1")).toBe("Görlitz");
  });

  it("NET-11 without a list, any region goes, as before", () => {
    const state = apply(sampleState(), publish("bcard-alice-1", "Cottbus"), alice);
    expect(regionOf(state, "bcard-alice-1")).toBe("Cottbus");
  });

  it("NET-11 the filter offers the list first, then other spellings on cards, one choice per region; it finds both spellings", () => {
    const cards = [{ region: "görlitz" }, { region: "Lausitz (Süd)" }, { region: "Görlitz" }, { region: "" }];
    expect(regionChoices(["Landkreis Bautzen", "Görlitz"], cards)).toEqual([
      "Görlitz",
      "Landkreis Bautzen",
      "Lausitz (Süd)",
    ]);
    const card = (id: string, region: string) => ({
      id,
      name: id,
      organisation: "",
      role: "",
      fieldsOfWork: [],
      region,
      topics: [],
      offers: "",
      seeks: "",
      about: "",
      createdAt: 0,
    });
    const wall = [card("a", "görlitz"), card("b", "Görlitz "), card("c", "Gorlitz"), card("d", "Bautzen")];
    expect(filterCards(wall, { ...NO_FILTER, region: "Görlitz" }).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});
