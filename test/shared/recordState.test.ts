import { describe, expect, it } from "vitest";
import { allRecords, applyWrites, getRecord, recordMapOf } from "../../shared/core/recordState";
import { type BaseRecord, putWrite, removeWrite } from "../../shared/core/records";

const note = (id: string, version = 1): BaseRecord => ({
  type: "note",
  id,
  version,
  audience: "board",
  authorId: null,
});
const vote = (id: string): BaseRecord => ({ type: "vote", id, version: 1, audience: "author", authorId: "alice-01" });

describe("record state", () => {
  it("REC-1 puts and removes records of any type, copying only the type map it touches", () => {
    const before = recordMapOf([note("note-0001"), vote("vote-0001")]);
    const after = applyWrites(before, [putWrite(note("note-0001", 2)), putWrite(note("note-0002"))]);
    expect(getRecord(after, { type: "note", id: "note-0001" })?.version).toBe(2);
    expect(getRecord(before, { type: "note", id: "note-0001" })?.version).toBe(1);
    expect(after.vote).toBe(before.vote);
    const removed = applyWrites(after, [removeWrite(vote("vote-0001"))]);
    expect(getRecord(removed, { type: "vote", id: "vote-0001" })).toBeUndefined();
    expect([...allRecords(removed)].map((r) => r.id).sort()).toEqual(["note-0001", "note-0002"]);
  });

  it("REC-1 a type nobody declared to the state is kept like any other", () => {
    const state = applyWrites(recordMapOf([]), [putWrite({ ...note("x-000001"), type: "brand-new" })]);
    expect(Object.keys(state)).toEqual(["brand-new"]);
  });
});
