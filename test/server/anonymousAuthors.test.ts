import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { Access, BaseRecord, RecordWrite } from "../../shared/core/records";
import type { JoinResponse } from "../../shared/events";
import type { BoardSnapshot } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { connected, join, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every op type a client may send, read from the op schema itself, so a new op joins the script's check. */
const EVERY_OP_TYPE: string[] = OpSchema.options.map((option) => option.shape.type.value);

type Who = "author" | "moderator";
interface Step {
  by: Who;
  /** The op, given the board's current records (for base versions). */
  op: (records: BaseRecord[]) => unknown;
}

const versionOf = (records: BaseRecord[], type: string, id: string) =>
  records.find((record) => record.type === type && record.id === id)?.version ?? 0;

const topic = (title: string) => ({ kind: "topic", title, body: "", link: null });
const offer = (impulseId: string) => ({
  type: "impulse.offer",
  impulseId,
  title: `Impuls ${impulseId}`,
  presenterName: "Ada",
  contactEmail: "ada@example.org",
});
const cardFields = {
  name: "Ada Lovelace",
  organisation: "Rechenverein",
  role: "",
  fieldsOfWork: [],
  region: "Cottbus",
  topics: ["Wärme"],
  offers: "",
  seeks: "",
  about: "",
  contact: {
    email: { value: "ada@example.org", visibility: "board" },
    phone: { value: "0355 123456", visibility: "nobody" },
    website: null,
  },
};
const consent = { text: "Ich bin einverstanden.", given: true };
// The kept meeting took place already: its talk is marked held (MEET-11); the other is still to come.
const meeting = (meetingId: string, theme: string) => ({
  type: "meeting.add",
  meetingId,
  theme,
  date: meetingId === "meeting-kept-01" ? "2021-03-04" : "2031-03-04",
  startTime: "18:00",
  endTime: "20:00",
});

/**
 * One author (a participant) makes, changes and removes one of everything a participant may; a
 * moderator does the rest. Every op the schema knows is sent at least once (checked below), so every
 * record type that can carry an author is made by this author, and every remove of one is seen.
 */
const SCRIPT: Step[] = [
  {
    by: "moderator",
    op: (r) => ({
      type: "board.update",
      title: "Anonym",
      description: "",
      baseVersion: versionOf(r, "board", boardIdOf(r)),
    }),
  },
  { by: "moderator", op: () => ({ type: "column.add", columnId: "column-extra-1", title: "Extra", rank: "t0" }) },
  {
    by: "moderator",
    op: (r) => ({
      type: "column.rename",
      columnId: "column-extra-1",
      title: "Extra 2",
      baseVersion: versionOf(r, "column", "column-extra-1"),
    }),
  },
  {
    by: "moderator",
    op: (r) => ({
      type: "column.update",
      columnId: "column-extra-1",
      title: "Extra 3",
      description: "",
      baseVersion: versionOf(r, "column", "column-extra-1"),
    }),
  },
  { by: "moderator", op: () => ({ type: "column.move", columnId: "column-extra-1", rank: "t5" }) },
  {
    by: "author",
    op: () => ({
      type: "card.add",
      cardId: "card-anonymous-1",
      columnId: "column-extra-1",
      rank: "a0",
      authorName: null,
      content: topic("Anonym"),
    }),
  },
  {
    by: "author",
    op: () => ({
      type: "card.add",
      cardId: "card-anonymous-2",
      columnId: "column-extra-1",
      rank: "a1",
      authorName: null,
      content: topic("Noch eins"),
    }),
  },
  {
    by: "author",
    op: (r) => ({
      type: "card.edit",
      cardId: "card-anonymous-1",
      baseVersion: versionOf(r, "card", "card-anonymous-1"),
      content: topic("Anonym, geändert"),
    }),
  },
  {
    by: "author",
    op: () => ({ type: "card.move", cardId: "card-anonymous-1", columnId: "column-extra-1", rank: "a5" }),
  },
  {
    by: "moderator",
    op: () => ({
      type: "cluster.create",
      clusterId: "cluster-anon-01",
      cardIds: ["card-anonymous-1", "card-anonymous-2"],
      title: "Gruppe",
    }),
  },
  {
    by: "moderator",
    op: (r) => ({
      type: "cluster.rename",
      clusterId: "cluster-anon-01",
      title: "Gruppe 2",
      baseVersion: versionOf(r, "cluster", "cluster-anon-01"),
    }),
  },
  { by: "moderator", op: () => ({ type: "cluster.removeCard", cardId: "card-anonymous-2" }) },
  {
    by: "moderator",
    op: () => ({ type: "cluster.addCard", clusterId: "cluster-anon-01", cardId: "card-anonymous-2" }),
  },
  { by: "moderator", op: () => ({ type: "cluster.dissolve", clusterId: "cluster-anon-01" }) },
  {
    by: "author",
    op: () => ({
      type: "card.add",
      cardId: "card-anonymous-3",
      columnId: "column-extra-1",
      rank: "a2",
      authorName: null,
      content: topic("Doppelt"),
    }),
  },
  {
    by: "moderator",
    op: () => ({ type: "card.merge", cardId: "card-anonymous-1", mergedCardId: "card-anonymous-3" }),
  },
  { by: "author", op: () => ({ type: "card.remove", cardId: "card-anonymous-2" }) },
  { by: "moderator", op: () => meeting("meeting-kept-01", "Wärme") },
  { by: "moderator", op: () => meeting("meeting-gone-01", "Wind") },
  {
    by: "moderator",
    op: (r) => ({
      ...meeting("meeting-kept-01", "Wärmewende"),
      type: "meeting.update",
      baseVersion: versionOf(r, "meeting", "meeting-kept-01"),
    }),
  },
  { by: "moderator", op: () => ({ type: "meeting.document", meetingId: "meeting-kept-01", text: "Protokoll" }) },
  {
    by: "author",
    op: () => ({
      type: "registration.add",
      registrationId: "registration-kept",
      meetingId: "meeting-kept-01",
      name: "Ada",
      email: "ada@example.org",
    }),
  },
  {
    by: "author",
    op: () => ({
      type: "registration.add",
      registrationId: "registration-gone",
      meetingId: "meeting-gone-01",
      name: "Ada",
      email: "ada@example.org",
    }),
  },
  { by: "author", op: () => ({ type: "registration.cancel", registrationId: "registration-gone" }) },
  { by: "moderator", op: () => ({ type: "meeting.cancel", meetingId: "meeting-gone-01" }) },
  { by: "moderator", op: () => ({ type: "meeting.remove", meetingId: "meeting-gone-01" }) },
  {
    by: "moderator",
    op: () => ({ type: "moderatorInvite.create", inviteId: "invite-kept-01", label: "Ada", keyHash: sha256("co") }),
  },
  {
    by: "moderator",
    op: () => ({ type: "moderatorInvite.create", inviteId: "invite-gone-01", label: "Bea", keyHash: sha256("co2") }),
  },
  { by: "moderator", op: () => ({ type: "moderatorInvite.revoke", inviteId: "invite-gone-01" }) },
  { by: "author", op: () => ({ type: "calendarFeed.add", feedId: "feed-replaced-1", secretHash: sha256("one") }) },
  { by: "author", op: () => ({ type: "calendarFeed.add", feedId: "feed-removed-01", secretHash: sha256("two") }) },
  { by: "author", op: () => ({ type: "calendarFeed.remove", feedId: "feed-removed-01" }) },
  { by: "author", op: () => ({ type: "calendarFeed.add", feedId: "feed-kept-0001", secretHash: sha256("three") }) },
  { by: "author", op: () => offer("impulse-held-01") },
  {
    by: "author",
    op: (r) => ({
      ...offer("impulse-held-01"),
      title: "Geändert",
      type: "impulse.edit",
      baseVersion: versionOf(r, "impulse", "impulse-held-01"),
    }),
  },
  { by: "moderator", op: () => ({ type: "impulse.accept", impulseId: "impulse-held-01" }) },
  {
    by: "moderator",
    op: () => ({ type: "impulse.schedule", impulseId: "impulse-held-01", meetingId: "meeting-kept-01", rank: "a0" }),
  },
  { by: "moderator", op: () => ({ type: "impulse.held", impulseId: "impulse-held-01" }) },
  // AGENDA-1: a moderator's items on the kept meeting's agenda (no author; nothing to link).
  {
    by: "moderator",
    op: () => ({
      type: "agendaItem.add",
      itemId: "agenda-item-kept",
      meetingId: "meeting-kept-01",
      rank: "a1",
      kind: "welcome",
      title: "Begrüßung",
      minutes: 10,
    }),
  },
  {
    by: "moderator",
    op: (r) => ({
      type: "agendaItem.update",
      itemId: "agenda-item-kept",
      baseVersion: versionOf(r, "agendaItem", "agenda-item-kept"),
      kind: "welcome",
      title: "Willkommen",
      minutes: 5,
    }),
  },
  { by: "moderator", op: () => ({ type: "agendaItem.move", itemId: "agenda-item-kept", rank: "Zz" }) },
  {
    by: "moderator",
    op: () => ({
      type: "agendaItem.add",
      itemId: "agenda-item-gone",
      meetingId: "meeting-kept-01",
      rank: "b1",
      kind: "break",
      title: "Pause",
      minutes: 15,
    }),
  },
  { by: "moderator", op: () => ({ type: "agendaItem.remove", itemId: "agenda-item-gone" }) },
  { by: "author", op: () => offer("impulse-withdrawn") },
  { by: "author", op: () => ({ type: "impulse.withdraw", impulseId: "impulse-withdrawn" }) },
  { by: "author", op: () => offer("impulse-declined") },
  { by: "moderator", op: () => ({ type: "impulse.decline", impulseId: "impulse-declined" }) },
  { by: "author", op: () => offer("impulse-cancelled") },
  { by: "moderator", op: () => ({ type: "impulse.accept", impulseId: "impulse-cancelled" }) },
  {
    by: "moderator",
    op: () => ({ type: "impulse.schedule", impulseId: "impulse-cancelled", meetingId: "meeting-kept-01", rank: "a5" }),
  },
  // The presenter cancels: the impulse leaves the public agenda, a remove for other participants.
  { by: "author", op: () => ({ type: "impulse.cancel", impulseId: "impulse-cancelled" }) },
  { by: "author", op: () => offer("impulse-removed") },
  { by: "moderator", op: () => ({ type: "impulse.remove", impulseId: "impulse-removed" }) },
  {
    by: "author",
    op: () => ({
      type: "businessCard.publish",
      cardId: "bcard-removed-1",
      ...cardFields,
      consent,
      editKeyHash: sha256("a"),
    }),
  },
  {
    by: "author",
    op: (r) => ({
      type: "businessCard.update",
      cardId: "bcard-removed-1",
      ...cardFields,
      about: "Neu",
      baseVersion: versionOf(r, "businessCard", "bcard-removed-1"),
    }),
  },
  {
    by: "author",
    op: () => ({ type: "businessCard.newEditLink", cardId: "bcard-removed-1", editKeyHash: sha256("c") }),
  },
  { by: "author", op: () => ({ type: "businessCard.remove", cardId: "bcard-removed-1" }) },
  // Under a name: the one record that may be linked to the author, by that name alone.
  {
    by: "author",
    op: () => ({
      type: "businessCard.publish",
      cardId: "bcard-kept-0001",
      ...cardFields,
      consent,
      editKeyHash: sha256("b"),
    }),
  },
  ...["group-kept-0001", "group-left-0001", "group-gone-0001"].map(
    (groupId): Step => ({
      by: "moderator",
      op: () => ({ type: "group.create", groupId, name: `AG ${groupId}`, convenerKeyHash: sha256(groupId) }),
    }),
  ),
  {
    by: "moderator",
    op: (r) => ({
      type: "group.update",
      groupId: "group-kept-0001",
      name: "AG Wärme",
      baseVersion: versionOf(r, "workingGroup", "group-kept-0001"),
    }),
  },
  {
    by: "moderator",
    op: () => ({ type: "group.newConvenerLink", groupId: "group-kept-0001", convenerKeyHash: sha256("d") }),
  },
  ...["group-kept-0001", "group-left-0001", "group-gone-0001"].map(
    (groupId, index): Step => ({
      by: "author",
      op: () => ({
        type: "group.join",
        groupId,
        membershipId: `membership-${index}-0001`,
        name: "Ada Lovelace",
        businessCardId: index === 0 ? "bcard-kept-0001" : null,
        contact: "ada@example.org",
        consent,
      }),
    }),
  ),
  { by: "author", op: () => ({ type: "group.leave", groupId: "group-left-0001" }) },
  { by: "moderator", op: () => ({ type: "group.remove", groupId: "group-gone-0001" }) },
  // DATA-2: the moderator wrote nothing under an author id here, so nothing goes; the author's own
  // erase (authorErase.test.ts) would leave this walk without records, its removes tagged like any.
  { by: "moderator", op: () => ({ type: "author.erase" }) },
  {
    by: "moderator",
    op: (r) => ({
      type: "wallSettings.update",
      fieldsOfWork: ["Klima"],
      regions: [],
      topics: [],
      baseVersion: versionOf(r, "wallSettings", "wallSettings"),
    }),
  },
  // Dot voting and likes: a named round's ballot, an anonymous round's, a like taken back and one kept.
  {
    by: "moderator",
    op: () => ({ type: "votingRound.open", roundId: "round-named-1", tallyId: "tally-named-1", anonymous: false }),
  },
  {
    by: "author",
    op: () => ({
      type: "vote.cast",
      roundId: "round-named-1",
      cardId: "card-anonymous-1",
      ballotId: "ballot-named-1",
      voterName: null,
    }),
  },
  { by: "author", op: () => ({ type: "vote.retract", roundId: "round-named-1", cardId: "card-anonymous-1" }) },
  {
    by: "author",
    op: () => ({
      type: "vote.cast",
      roundId: "round-named-1",
      cardId: "card-anonymous-1",
      ballotId: "ballot-named-1",
      voterName: null,
    }),
  },
  { by: "moderator", op: () => ({ type: "votingRound.close", roundId: "round-named-1" }) },
  { by: "moderator", op: () => ({ type: "votingRound.open", roundId: "round-anon-01", tallyId: "tally-anon-01" }) },
  {
    by: "author",
    op: () => ({
      type: "vote.cast",
      roundId: "round-anon-01",
      cardId: "card-anonymous-1",
      ballotId: "ballot-anon-01",
      voterName: null,
    }),
  },
  { by: "moderator", op: () => ({ type: "priority.mark", cardIds: ["card-anonymous-1"], roundId: "round-anon-01" }) },
  { by: "moderator", op: () => ({ type: "priority.unmark", cardId: "card-anonymous-1" }) },
  { by: "moderator", op: () => ({ type: "likes.configure", enabled: true }) },
  { by: "author", op: () => ({ type: "like.add", likeId: "like-gone-0001", cardId: "card-anonymous-1" }) },
  { by: "author", op: () => ({ type: "like.remove", cardId: "card-anonymous-1" }) },
  { by: "author", op: () => ({ type: "like.add", likeId: "like-kept-0001", cardId: "card-anonymous-1" }) },
  { by: "moderator", op: () => ({ type: "moderation.approval", on: true }) },
  {
    by: "author",
    op: () => ({
      type: "card.add",
      cardId: "card-waiting-01",
      columnId: "column-extra-1",
      rank: "a7",
      authorName: null,
      content: topic("Wartet"),
    }),
  },
  { by: "moderator", op: () => ({ type: "moderation.approve", cardId: "card-waiting-01" }) },
  { by: "moderator", op: () => ({ type: "moderation.approval", on: false }) },
  { by: "moderator", op: () => ({ type: "moderation.reject", cardId: "card-waiting-01", reason: "Doppelt" }) },
  { by: "moderator", op: () => ({ type: "moderation.words", words: ["Spam"] }) },
  { by: "moderator", op: () => ({ type: "moderation.hide", columnId: "column-extra-1", hidden: true }) },
  { by: "moderator", op: () => ({ type: "moderation.hide", columnId: "column-extra-1", hidden: false }) },
  { by: "moderator", op: () => ({ type: "moderation.names", shown: false }) },
  { by: "moderator", op: () => ({ type: "moderation.names", shown: true }) },
  { by: "moderator", op: () => ({ type: "moderation.lock", columnId: null, locked: true }) },
  { by: "moderator", op: () => ({ type: "moderation.lock", columnId: null, locked: false }) },
  { by: "moderator", op: () => ({ type: "column.add", columnId: "column-gone-01", title: "Weg", rank: "z0" }) },
  { by: "moderator", op: () => ({ type: "column.remove", columnId: "column-gone-01" }) },
  // LINK-1: a special link, made and revoked by a moderator.
  {
    by: "moderator",
    op: () => ({
      type: "link.create",
      linkId: "link-gone-0001",
      label: "Umfrage",
      kind: "submission",
      keyHash: sha256("l"),
    }),
  },
  { by: "moderator", op: () => ({ type: "link.revoke", linkId: "link-gone-0001" }) },
  // TIMER-1, PROJ-1: the timer and the projector's focus, set by a moderator.
  { by: "moderator", op: () => ({ type: "timer.start", seconds: 300 }) },
  { by: "moderator", op: () => ({ type: "timer.pause" }) },
  { by: "moderator", op: () => ({ type: "timer.resume" }) },
  { by: "moderator", op: () => ({ type: "timer.extend", seconds: 60 }) },
  { by: "moderator", op: () => ({ type: "timer.stop" }) },
  { by: "moderator", op: () => ({ type: "focus.set", target: null }) },
  // LINK-7: off (on would cut this script's participants off).
  { by: "moderator", op: () => ({ type: "moderation.linksOnly", on: false }) },
];

const boardIdOf = (records: BaseRecord[]) => records.find((record) => record.type === "board")?.id ?? "";

/** Every (record key, author id as shown) a viewer received: records, puts, and removes' `was`. */
function authorsShown(records: BaseRecord[], frames: Committed[]): { key: string; authorId: string }[] {
  const shown: { key: string; authorId: string }[] = [];
  const note = (type: string, id: string, access: Access | undefined) => {
    if (access?.authorId) shown.push({ key: `${type}:${id}`, authorId: access.authorId });
  };
  for (const record of records) note(record.type, record.id, record);
  const writes: RecordWrite[] = frames.flatMap((committed) => committed.writes);
  for (const write of writes) {
    if ("remove" in write) note(write.remove.type, write.remove.id, write.was);
    else {
      note(write.put.type, write.put.id, write.put);
      note(write.put.type, write.put.id, write.was);
    }
  }
  return shown;
}

describe("anonymous is not linkable (ANON-1)", () => {
  const server = serverForThisFile();

  async function member(boardId: string, moderatorKey?: string) {
    const socket = await connected(rawClient(server().url));
    const wire: string[] = [];
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      if (typeof packet.data === "string") wire.push(packet.data);
    });
    const frames: Committed[] = [];
    socket.on("changes", (batch) => frames.push(...batch));
    const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
    expect(joined.ok).toBe(true);
    return { socket, frames, wire, authorId: joined.authorId, authorToken: joined.authorToken };
  }

  it("ANON-1 no participant or moderator can tell two records of one author apart from anyone else's, over every op and every exit", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const author = await member(boardId);
    const moderator = await member(boardId, moderatorKey);
    const other = await member(boardId);

    // The script sends every op a client may send: a new op type must be added to it.
    expect(new Set(SCRIPT.map((step) => (step.op([]) as Op).type))).toEqual(new Set(EVERY_OP_TYPE));
    for (const [index, step] of SCRIPT.entries()) {
      const records = (await server().store.readBoard(boardId))?.records ?? [];
      const op = OpSchema.parse(step.op(records));
      const sender = step.by === "author" ? author : moderator;
      const answer = await sendOp(sender.socket, `op-anon-${String(index).padStart(4, "0")}`, op);
      expect(answer, `step ${index}: ${op.type}`).toMatchObject({ ok: true });
    }
    // Refusals that carry a record (a conflict's current copy) are answers too.
    const staleEdit = { type: "card.edit", cardId: "card-anonymous-1", baseVersion: 0, content: topic("Alt") };
    for (const [opId, op] of [
      ["op-anon-stale-1", staleEdit],
      ["op-anon-stale-2", { type: "impulse.accept", impulseId: "impulse-held-01" }],
    ] as const) {
      const refused = await sendOp(moderator.socket, opId, OpSchema.parse(op));
      expect(refused).toMatchObject({
        ok: false,
        problem: { code: "conflict", current: { authorId: expect.any(String) } },
      });
    }
    const revision = (await server().store.readBoard(boardId))?.revision ?? 0;
    await waitFor(
      () => [other, moderator].every((viewer) => viewer.frames.at(-1)?.revision === revision),
      "every frame at both viewers",
    );

    // Walk the board as stored: every record with an author is the author's, one of each type.
    const stored = (await server().store.readBoard(boardId))?.records ?? [];
    const authored = stored.filter((record) => record.authorId !== null);
    expect(authored.every((record) => record.authorId === author.authorId)).toBe(true);
    const authoredTypes = new Set(authored.map((record) => record.type));
    expect(authoredTypes.size).toBeGreaterThanOrEqual(5);

    for (const [name, viewer, headers] of [
      ["participant", other, { "x-author-token": other.authorToken }],
      ["moderator", moderator, { "x-moderator-key": moderatorKey, "x-author-token": moderator.authorToken }],
    ] as const) {
      const rest = (await (await fetch(`${server().url}/api/boards/${boardId}`, { headers })).json()) as BoardSnapshot;
      const rejoin = await connected(rawClient(server().url));
      const joinedAgain = await join(rejoin, {
        boardId,
        since: null,
        authorToken: viewer.authorToken,
        ...(name === "moderator" ? { moderatorKey } : {}),
      });
      const catchUp = await join(rejoin, {
        boardId,
        since: 0,
        authorToken: viewer.authorToken,
        ...(name === "moderator" ? { moderatorKey } : {}),
      });
      rejoin.close();
      const joinSnapshot = snapshotOfJoin(joinedAgain)?.records ?? [];
      const caughtUp = catchUp.ok && catchUp.catchUp.kind === "changes" ? catchUp.catchUp.changes : [];
      expect(caughtUp.length, `${name}'s catch-up`).toBe(revision);

      const shown = authorsShown([...rest.records, ...joinSnapshot], [...viewer.frames, ...caughtUp]);
      // Each author id as shown belongs to one record only, and is never the real one.
      const keysByAuthorId = new Map<string, Set<string>>();
      for (const { key, authorId } of shown)
        keysByAuthorId.set(authorId, (keysByAuthorId.get(authorId) ?? new Set()).add(key));
      const shared = [...keysByAuthorId.values()].filter((keys) => keys.size > 1).map((keys) => [...keys]);
      expect(shared, `${name}: records sharing one author id`).toEqual([]);
      expect(shown.length).toBeGreaterThan(0);
      for (const { authorId } of shown) expect(authorId).not.toBe(author.authorId);
      expect(viewer.wire.join("\n"), `${name}'s wire`).not.toContain(author.authorId);
      expect(JSON.stringify(rest), `${name}'s REST snapshot`).not.toContain(author.authorId);

      // The viewer saw every type the author wrote that it may read; the moderator sees them all.
      const typesShown = new Set(shown.map(({ key }) => key.split(":")[0]));
      // Records for their author alone (VIS-9: a like) reach no moderator.
      const forModerators = authored.filter((record) => record.audience !== "authorOnly").map((record) => record.type);
      if (name === "moderator") expect(typesShown).toEqual(new Set(forModerators));
      else expect(typesShown).toEqual(new Set(["card", "impulse", "businessCard", "groupMembership"]));
    }

    // A REST answer is an exit too: a moderator removing the author's card over REST reads no raw id.
    const columnId = stored.find((record) => record.type === "column")?.id;
    const added = await sendOp(author.socket, "op-anon-rest-add", {
      type: "card.add",
      cardId: "card-anon-rest-1",
      columnId: columnId ?? "",
      rank: "a0",
      authorName: null,
      content: { kind: "topic", title: "Per REST entfernt", body: "", link: null },
    });
    expect(added).toMatchObject({ ok: true });
    const removed = await fetch(`${server().url}/api/boards/${boardId}/ops`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-moderator-key": moderatorKey,
        "idempotency-key": "anon-rest-1",
      },
      body: JSON.stringify({ op: { type: "card.remove", cardId: "card-anon-rest-1" } }),
    });
    expect(removed.status).toBe(201);
    expect(await removed.text(), "the moderator's REST answer").not.toContain(author.authorId);
    for (const viewer of [author, moderator, other]) viewer.socket.close();
  });
});
