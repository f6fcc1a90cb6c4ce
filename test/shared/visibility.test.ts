import { describe, expect, it } from "vitest";
import { authorTagOf } from "../../shared/core/authorTags";
import { type BaseRecord, putWrite, type RecordWrite, removeWrite } from "../../shared/core/records";
import {
  audiencesOf,
  mayRead,
  noRedaction,
  type Redact,
  recordsFor,
  type Viewer,
  viewerOfAudience,
  writesFor,
} from "../../shared/core/visibility";

const moderator: Viewer = { role: "moderator", authorId: "mod-00000001" };
const alice: Viewer = { role: "participant", authorId: "alice-000001" };
const bob: Viewer = { role: "participant", authorId: "bob-00000001" };

interface Contact extends BaseRecord {
  name: string;
  email: string | null;
}

const contact = (audience: BaseRecord["audience"], authorId = alice.authorId): Contact => ({
  type: "contact",
  id: "contact-0001",
  version: 1,
  audience,
  authorId,
  name: "Alice",
  email: "alice@example.org",
});

/** A record as it leaves the server: its author id replaced by the record's tag (ANON-1). */
const asShown = <R extends BaseRecord>(record: R): R => ({
  ...record,
  authorId: record.authorId && authorTagOf(record.authorId, record),
});

/** Email for moderators and the author only. */
const hideEmail: Redact = (record, viewer) =>
  viewer.role === "moderator" || viewer.authorId === record.authorId ? record : { ...record, email: null };

describe("record visibility", () => {
  it("VIS-1 everyone reads board records; moderators read all; author records reach their author", () => {
    expect(mayRead(contact("board"), bob)).toBe(true);
    expect(mayRead(contact("moderators"), alice)).toBe(false);
    expect(mayRead(contact("moderators"), moderator)).toBe(true);
    expect(mayRead(contact("author"), alice)).toBe(true);
    expect(mayRead(contact("author"), bob)).toBe(false);
    expect(mayRead(contact("author"), moderator)).toBe(true);
    expect(mayRead(contact("author", null as unknown as string), { role: "participant", authorId: null })).toBe(false);
  });

  it("VIS-2 a change reaches each viewer only with what they may read, redacted for them", () => {
    const writes = [putWrite(contact("board"))];
    expect(writesFor(writes, bob, hideEmail)).toEqual([{ put: asShown({ ...contact("board"), email: null }) }]);
    expect(writesFor(writes, alice, hideEmail)).toEqual([{ put: asShown(contact("board")) }]);
    expect(writesFor([putWrite(contact("moderators"))], bob, hideEmail)).toEqual([]);
    expect(writesFor([putWrite(contact("author"))], bob, hideEmail)).toEqual([]);
  });

  it("VIS-3 a record whose audience widens arrives; one that narrows is removed for those who lose it", () => {
    const hidden = contact("moderators");
    const revealed = { ...hidden, audience: "board" as const };
    const widen = putWrite(revealed, hidden);
    expect(writesFor([widen], bob, noRedaction)).toEqual([{ put: asShown(revealed) }]);
    const narrow = putWrite(hidden, revealed);
    expect(writesFor([narrow], bob, noRedaction)).toEqual([
      { remove: { type: "contact", id: hidden.id }, was: { audience: "board", authorId: asShown(hidden).authorId } },
    ]);
    expect(writesFor([narrow], moderator, noRedaction)).toEqual([{ put: asShown(hidden) }]);
  });

  it("VIS-3 removing a record is told only to those who could read it", () => {
    const gone: RecordWrite[] = [removeWrite(contact("moderators"))];
    expect(writesFor(gone, bob, noRedaction)).toEqual([]);
    expect(writesFor(gone, moderator, noRedaction)).toEqual([
      { ...gone[0], was: { audience: "moderators", authorId: asShown(contact("moderators")).authorId } },
    ]);
  });

  it("VIS-4 snapshots hold only what the viewer may read", () => {
    const records = [contact("board"), { ...contact("moderators"), id: "contact-0002" }];
    expect(recordsFor(records, bob, hideEmail)).toEqual([asShown({ ...contact("board"), email: null })]);
    expect(recordsFor(records, moderator, hideEmail)).toEqual(records.map(asShown));
  });

  it("VIS-5 a frame is encoded per audience: moderators, participants, and authors who see more", () => {
    expect(audiencesOf([putWrite(contact("board"))], () => false)).toEqual(["moderators", "participants"]);
    expect(audiencesOf([putWrite(contact("board"))], () => true)).toEqual([
      "moderators",
      "participants",
      `author:${alice.authorId}`,
    ]);
    expect(audiencesOf([putWrite(contact("author"))], () => false)).toContain(`author:${alice.authorId}`);
    expect(viewerOfAudience(`author:${alice.authorId}`)).toEqual(alice);
    expect(viewerOfAudience("participants")).toEqual({ role: "participant", authorId: null });
  });

  it("VIS-9 a record for its author alone reaches its author, never another moderator, and gets its own frames", () => {
    const own = contact("authorOnly");
    expect(mayRead(own, alice)).toBe(true);
    expect(mayRead(own, bob)).toBe(false);
    expect(mayRead(own, moderator)).toBe(false);
    expect(mayRead(own, { role: "moderator", authorId: alice.authorId })).toBe(true);
    expect(writesFor([putWrite(own)], moderator, noRedaction)).toEqual([]);
    expect(writesFor([removeWrite(own)], moderator, noRedaction)).toEqual([]);
    expect(recordsFor([own], moderator, noRedaction)).toEqual([]);
    // Its author may be a participant or a moderator: both get a frame of their own, on a put and a remove.
    for (const write of [putWrite(own), removeWrite(own)]) {
      expect(audiencesOf([write], () => false)).toEqual([
        "moderators",
        "participants",
        `author:${alice.authorId}`,
        `moderator-author:${alice.authorId}`,
      ]);
    }
  });
});
