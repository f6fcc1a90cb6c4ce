import { describe, expect, it } from "vitest";
import { IndexedRecords } from "../../shared/core/indexedRecords";
import { recordMapOf } from "../../shared/core/recordState";
import { type BaseRecord, putWrite, type RecordWrite, removeWrite } from "../../shared/core/records";
import { RecordDraft, type RecordView } from "../../shared/core/recordView";

type Note = BaseRecord & { rank: string; group: string };

const note = (id: string, rank: string, group = "g1"): Note => ({
  type: "note",
  id,
  version: 1,
  audience: "board",
  authorId: null,
  rank,
  group,
});

const records = [note("note-a", "a1"), note("note-b", "a3"), note("note-c", "a2", "g2")];
const writes: RecordWrite[] = [
  removeWrite(records[0]),
  putWrite(note("note-d", "a2")),
  putWrite({ ...records[2], group: "g1" }),
];

const readings = (view: RecordView) => ({
  a: view.get("note", "note-a"),
  count: view.count("note"),
  list: view
    .list("note")
    .map((record) => record.id)
    .sort(),
  g1: view.where<Note>("note", "group", "g1").map((record) => record.id),
  g2: view.where<Note>("note", "group", "g2").map((record) => record.id),
});

describe("a draft over another view", () => {
  it("REC-1 DATA-2 RecordDraft.over reads its staged writes on top of the view, in bucket order, and leaves the view as it was", () => {
    const server = new IndexedRecords(records);
    const staged = RecordDraft.over(server);
    staged.apply(writes);
    expect(readings(staged)).toEqual({
      a: undefined,
      count: 3,
      list: ["note-b", "note-c", "note-d"],
      g1: ["note-c", "note-d", "note-b"],
      g2: [],
    });
    expect(readings(server)).toEqual({
      a: records[0],
      count: 3,
      list: ["note-a", "note-b", "note-c"],
      g1: ["note-a", "note-b"],
      g2: ["note-c"],
    });
    // The same writes on a draft of a state read the same.
    const onState = new RecordDraft(recordMapOf(records));
    onState.apply(writes);
    expect(readings(onState)).toEqual(readings(staged));
  });
});
