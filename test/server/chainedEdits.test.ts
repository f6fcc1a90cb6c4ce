import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import { AUTHOR_TOKEN_KEY } from "../../client/sync/joinRequest";
import { memoryStorage } from "../../client/sync/storage";
import type { BaseRecord } from "../../shared/core/records";
import { type Op, OpSchema } from "../../shared/ops";
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
 * How to test one edit: the record it edits is made by `setup` (as the editing device), `edit` makes
 * the op with the user's words, `text` reads them back from the stored record. `sameAuthor`: only the
 * record's author may edit it, so "someone else" is the same person on another device.
 */
interface EditFixture {
  sameAuthor?: boolean;
  setup?(author: BoardSync): Promise<unknown>;
  edit(text: string, baseVersion: number): Op;
  target: { type: string; id: string };
  text(record: BaseRecord & Record<string, unknown>): unknown;
}

const FIXTURES: Record<string, EditFixture> = {
  "meeting.update": {
    setup: (author) =>
      author.submit(
        parsed({
          type: "meeting.add",
          meetingId: "meet-chain-01",
          theme: "Wärmewende",
          date: "2027-01-24",
          startTime: "18:00",
          endTime: "20:00",
        }),
      ),
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
      }),
    target: { type: "meeting", id: "meet-chain-01" },
    text: (record) => record.description,
  },
  "impulse.edit": {
    setup: (author) => author.submit(parsed(impulseOp("impulse.offer", "Erstes Angebot"))),
    edit: (text, baseVersion) => parsed({ ...impulseOp("impulse.edit", text), baseVersion }),
    target: { type: "impulse", id: "imp-chain-001" },
    text: (record) => record.abstract,
  },
  "wallSettings.update": {
    edit: (text, baseVersion) =>
      parsed({ type: "wallSettings.update", fieldsOfWork: [text], regions: [], topics: [], baseVersion }),
    target: { type: "wallSettings", id: "wall-settings" },
    text: (record) => (record.fieldsOfWork as string[])[0],
  },
  "businessCard.update": {
    sameAuthor: true,
    setup: (author) =>
      author.submit(
        parsed({
          ...businessCardOp("businessCard.publish", "Über mich"),
          consent: { text: "Ich bin einverstanden.", given: true },
          editKeyHash: "ab".repeat(32),
        }),
      ),
    edit: (text, baseVersion) => parsed({ ...businessCardOp("businessCard.update", text), baseVersion }),
    target: { type: "businessCard", id: "bcard-chain-1" },
    text: (record) => record.about,
  },
};

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

/** The edited record as the server's store holds it. */
async function storedTarget(boardId: string, target: EditFixture["target"]) {
  const board = await server().store.readBoard(boardId);
  return board?.records.find((record) => record.type === target.type && record.id === target.id) as
    | (BaseRecord & Record<string, unknown>)
    | undefined;
}

describe("chained offline edits of every record with a version", () => {
  for (const [kind, fixture] of Object.entries(FIXTURES)) {
    it(`SYNC-9 FEAT-2 ${kind}: a second offline edit on a pending one never overwrites what someone else saved meanwhile`, async () => {
      const { boardId, moderatorKey } = await createBoard(server().url, "vernetzung", "Vernetzung");
      const author = device(boardId, moderatorKey);
      await online(author);
      if (fixture.setup) expect(await fixture.setup(author.sync)).toMatchObject({ ok: true });
      const token = fixture.sameAuthor ? (author.storage.getItem(AUTHOR_TOKEN_KEY) ?? undefined) : undefined;
      const other = device(boardId, moderatorKey, token);
      await online(other);
      const base = (await storedTarget(boardId, fixture.target))?.version ?? 0;

      author.socket.disconnect();
      await waitForState(author.sync, (s) => s.status === "offline", "offline");
      // Offline, the author saves twice; the second save is based on the first one's predicted version.
      void author.sync.submit(fixture.edit("Meine erste Fassung", base));
      void author.sync.submit(fixture.edit("Meine zweite Fassung", base + 1));
      // Meanwhile someone else saves, so the server's next version is theirs.
      expect(await other.sync.submit(fixture.edit("Fassung der anderen", base))).toMatchObject({ ok: true });

      author.socket.connect();
      const state = await waitForState(
        author.sync,
        (s) => s.status === "online" && s.problems.length === 1 && s.pendingCount === 0,
        "the author's conflict",
      );
      const stored = await storedTarget(boardId, fixture.target);
      expect(stored && fixture.text(stored)).toBe("Fassung der anderen");
      expect(stored?.version).toBe(base + 1);
      // The author sees the conflict with their newest words.
      const [{ op, problem }] = state.problems;
      expect(problem.code).toBe("conflict");
      expect(op).toEqual(fixture.edit("Meine zweite Fassung", base + 1));
      author.close();
      other.close();
    });
  }
});
