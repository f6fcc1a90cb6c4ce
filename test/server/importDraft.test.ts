import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportDraft } from "../../server/features/exports/importDraft";
import { recordMapOf } from "../../shared/core/recordState";
import type { RecordWrite } from "../../shared/core/records";
import { RecordDraft } from "../../shared/core/recordView";
import { card } from "../helpers/fixtures";

/** The import's in-place records answer every read as RecordDraft does (TPL-1 runs the rules on them). */
describe("ImportDraft reads like RecordDraft (TPL-1)", () => {
  const write = fc.oneof(
    fc.record({
      put: fc.record({
        id: fc.constantFrom("c1", "c2", "c3", "c4", "c5", "c6"),
        column: fc.constantFrom("k1", "k2"),
        rank: fc.constantFrom("a0", "a1", "a2", "Zz"),
      }),
    }),
    fc.record({ remove: fc.constantFrom("c1", "c2", "c3", "c4", "c5", "c6") }),
  );

  it("TPL-1 property: after any writes, get, list, where (in bucket order) and count agree", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 10 }), (writes, readsAt) => {
        const reference = new RecordDraft(recordMapOf([]));
        const inPlace = new ImportDraft();
        const reads = new Set(readsAt);
        writes.forEach((each, step) => {
          let recordWrite: RecordWrite;
          if ("put" in each) {
            recordWrite = { put: card(each.put.id, each.put.column, each.put.rank) };
          } else {
            const existing = reference.get("card", each.remove);
            if (!existing) return;
            recordWrite = { remove: { type: "card", id: each.remove }, was: { audience: "board", authorId: null } };
          }
          reference.apply([recordWrite]);
          inPlace.apply([recordWrite]);
          // Indexes are built on the first read, then kept: read at random steps, and at the end.
          if (reads.has(step))
            expect(inPlace.where("card", "columnId", "k1")).toEqual(reference.where("card", "columnId", "k1"));
        });
        for (const column of ["k1", "k2", "k3"]) {
          expect(inPlace.where("card", "columnId", column)).toEqual(reference.where("card", "columnId", column));
        }
        const ids = (list: readonly { id: string }[]) => list.map((record) => record.id).sort();
        expect(ids(inPlace.list("card"))).toEqual(ids(reference.list("card")));
        expect(inPlace.count("card")).toBe(reference.count("card"));
        expect(inPlace.get("card", "c1")).toEqual(reference.get("card", "c1"));
        expect(ids(inPlace.records())).toEqual(ids(reference.list("card")));
      }),
      { numRuns: 300 },
    );
  });
});
