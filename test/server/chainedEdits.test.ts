import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { AUTHOR_TOKEN_KEY } from "../../client/sync/joinRequest";
import { memoryStorage } from "../../client/sync/storage";
import type { EditTarget } from "../../shared/core/feature";
import { EDIT_TARGETS, type VersionedOpType } from "../../shared/features";
import { type Op, type OpOf, OpSchema } from "../../shared/ops";
import { rawClient, waitForState } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** A real sync engine whose browser storage may start with another device's author token. */
function device(boardId: string, moderatorKey: string, authorToken?: string) {
  const socket = rawClient(server().url);
  const storage = memoryStorage();
  if (authorToken) storage.setItem(AUTHOR_TOKEN_KEY, authorToken);
  const sync = new BoardSync({ socket, boardId, storage, moderatorKey, ackTimeoutMs: 2_000, apiBase: server().url });
  return {
    socket,
    sync,
    storage,
    close() {
      sync.stop();
      socket.close();
    },
  };
}

type Device = ReturnType<typeof device>;

const parsed = (op: unknown): Op => OpSchema.parse(op);

/**
 * How to make one edit: `setup` makes the record it edits (as the editing device), `edit` makes the
 * op with the user's words. `sameAuthor`: only the record's author may edit it, so "someone else" is
 * the same person on another device. Typed over every op that carries a baseVersion, so an op added
 * to a feature's schemas does not compile until it has a fixture here.
 */
interface EditFixture<T extends VersionedOpType> {
  sameAuthor?: boolean;
  setup?: readonly Op[];
  edit(text: string, baseVersion: number): OpOf<T>;
}

const columnAdd: Op = { type: "column.add", columnId: "col-chain-01", title: "Energie", description: "", rank: "a0" };

const FIXTURES: { [T in VersionedOpType]: EditFixture<T> } = {
  "board.update": {
    edit: (text, baseVersion) => ({ type: "board.update", title: "Vernetzung", description: text, baseVersion }),
  },
  "column.rename": {
    setup: [columnAdd],
    edit: (text, baseVersion) => ({ type: "column.rename", columnId: "col-chain-01", title: text, baseVersion }),
  },
  "column.update": {
    setup: [columnAdd],
    edit: (text, baseVersion) => ({
      type: "column.update",
      columnId: "col-chain-01",
      title: "Energie",
      description: text,
      baseVersion,
    }),
  },
  "card.edit": {
    setup: [columnAdd, parsed({ ...cardContent("Erste"), type: "card.add", columnId: "col-chain-01", rank: "a0" })],
    edit: (text, baseVersion) => parsed({ ...cardContent(text), type: "card.edit", baseVersion }) as OpOf<"card.edit">,
  },
  "meeting.update": {
    setup: [
      parsed({
        type: "meeting.add",
        meetingId: "meet-chain-01",
        theme: "Wärmewende",
        date: "2027-01-24",
        startTime: "18:00",
        endTime: "20:00",
      }),
    ],
    edit: (text, baseVersion) =>
      parsed({
        type: "meeting.update",
        meetingId: "meet-chain-01",
        baseVersion,
        theme: "Wärmewende",
        description: text,
        date: "2027-01-24",
        startTime: "18:00",
        endTime: "20:00",
      }) as OpOf<"meeting.update">,
  },
  "agendaItem.update": {
    setup: [
      parsed({
        type: "meeting.add",
        meetingId: "meet-chain-02",
        theme: "Wärmewende",
        date: "2027-01-24",
        startTime: "18:00",
        endTime: "20:00",
      }),
      parsed({
        type: "agendaItem.add",
        itemId: "item-chain-01",
        meetingId: "meet-chain-02",
        rank: "a0",
        kind: "welcome",
        title: "Begrüßung",
        minutes: 10,
      }),
    ],
    edit: (text, baseVersion) =>
      parsed({
        type: "agendaItem.update",
        itemId: "item-chain-01",
        baseVersion,
        kind: "welcome",
        title: text,
        minutes: 10,
      }) as OpOf<"agendaItem.update">,
  },
  "impulse.edit": {
    setup: [parsed(impulseOp("impulse.offer", "Erstes Angebot"))],
    edit: (text, baseVersion) => parsed({ ...impulseOp("impulse.edit", text), baseVersion }) as OpOf<"impulse.edit">,
  },
  "wallSettings.update": {
    edit: (text, baseVersion) =>
      parsed({
        type: "wallSettings.update",
        fieldsOfWork: [text],
        regions: [],
        topics: [],
        baseVersion,
      }) as OpOf<"wallSettings.update">,
  },
  "group.update": {
    setup: [
      parsed({ type: "group.create", groupId: "group-chain-1", name: "AG Wärme", convenerKeyHash: "cd".repeat(32) }),
    ],
    edit: (text, baseVersion) =>
      parsed({
        type: "group.update",
        groupId: "group-chain-1",
        baseVersion,
        name: "AG Wärme",
        description: text,
      }) as OpOf<"group.update">,
  },
  "cluster.rename": {
    setup: [
      columnAdd,
      parsed({ ...cardContent("Erste"), type: "card.add", columnId: "col-chain-01", rank: "a0" }),
      parsed({
        ...cardContent("Zweite"),
        cardId: "card-chain-02",
        type: "card.add",
        columnId: "col-chain-01",
        rank: "a1",
      }),
      parsed({ type: "cluster.create", clusterId: "clu-chain-01", cardIds: ["card-chain-01", "card-chain-02"] }),
    ],
    edit: (text, baseVersion) => ({ type: "cluster.rename", clusterId: "clu-chain-01", title: text, baseVersion }),
  },
  "businessCard.update": {
    sameAuthor: true,
    setup: [
      parsed({
        ...businessCardOp("businessCard.publish", "Über mich"),
        consent: { text: "Ich bin einverstanden.", given: true },
        editKeyHash: "ab".repeat(32),
      }),
    ],
    edit: (text, baseVersion) =>
      parsed({ ...businessCardOp("businessCard.update", text), baseVersion }) as OpOf<"businessCard.update">,
  },
};

function cardContent(title: string) {
  return { cardId: "card-chain-01", content: { kind: "topic", title, body: "", link: null } };
}

function impulseOp(type: "impulse.offer" | "impulse.edit", abstract: string) {
  return {
    type,
    impulseId: "imp-chain-001",
    title: "Bürgerenergie",
    abstract,
    presenterName: "Alex",
    contactEmail: "alex@example.org",
  };
}

function businessCardOp(type: "businessCard.publish" | "businessCard.update", about: string) {
  return { type, cardId: "bcard-chain-1", name: "Alex", about };
}

async function online(...devices: Device[]) {
  for (const one of devices) await waitForState(one.sync, (s) => s.status === "online", "online");
}

/** The record an edit changes, as the server's store holds it (the shared list says which). */
async function storedTarget(boardId: string, op: Op) {
  const target = (EDIT_TARGETS as Record<string, (op: Op) => EditTarget>)[op.type](op);
  const board = await server().store.readBoard(boardId);
  return board?.records.find(
    (record) => record.type === target.type && (target.id === null || record.id === target.id),
  );
}

describe("chained offline edits of every op that carries a baseVersion (generated from the list of features)", () => {
  it("FEAT-2 every op with a baseVersion has a fixture here", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(EDIT_TARGETS).sort());
  });

  for (const [kind, fixture] of Object.entries(FIXTURES) as [VersionedOpType, EditFixture<VersionedOpType>][]) {
    it(`SYNC-9 FEAT-2 ${kind}: a second offline edit on a pending one never overwrites what someone else saved meanwhile`, async () => {
      const { boardId, moderatorKey } = await createBoard(server().url, "vernetzung", "Vernetzung");
      const author = device(boardId, moderatorKey);
      await online(author);
      for (const op of fixture.setup ?? []) expect(await author.sync.submit(op)).toMatchObject({ ok: true });
      const token = fixture.sameAuthor ? (author.storage.getItem(AUTHOR_TOKEN_KEY) ?? undefined) : undefined;
      const other = device(boardId, moderatorKey, token);
      await online(other);
      const base = (await storedTarget(boardId, fixture.edit("Ziel", 0)))?.version ?? 0;

      author.socket.disconnect();
      await waitForState(author.sync, (s) => s.status === "offline", "offline");
      // Offline, the author saves twice; the second save is based on the first one's predicted version.
      void author.sync.submit(fixture.edit("Meine erste Fassung", base));
      void author.sync.submit(fixture.edit("Meine zweite Fassung", base + 1));
      // Meanwhile someone else saves, so the server's next version is theirs.
      expect(await other.sync.submit(fixture.edit("Fassung der anderen", base))).toMatchObject({ ok: true });
      const theirs = await storedTarget(boardId, fixture.edit("Ziel", 0));
      expect(theirs?.version).toBe(base + 1);

      author.socket.connect();
      const state = await waitForState(
        author.sync,
        (s) => s.status === "online" && s.problems.length === 1 && s.pendingCount === 0,
        "the author's conflict",
      );
      // The other person's save stands untouched; the author sees the conflict with their newest words.
      expect(await storedTarget(boardId, fixture.edit("Ziel", 0))).toEqual(theirs);
      const [{ op, problem }] = state.problems;
      expect(problem.code).toBe("conflict");
      expect(op).toEqual(fixture.edit("Meine zweite Fassung", base + 1));
      author.close();
      other.close();
    });
  }
});
