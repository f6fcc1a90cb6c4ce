import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { memberAsCard } from "../../server/features/groups/memberCards";
import type { Committed } from "../../shared/changes";
import type { JoinResponse } from "../../shared/events";
import type { GroupMembership } from "../../shared/features/groups";
import { type Op, OpSchema } from "../../shared/ops";
import { connected, join, keepWire, rawClient, sendOp, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const CONVENER_SECRET = "convener-secret-0123456789abcdefghij";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const consent = { text: "Die Einladenden dürfen mich anschreiben.", given: true };

const op = (value: Record<string, unknown>): Op => OpSchema.parse(value);
const groupCreate = (groupId: string, name = "AG Wärmewende") =>
  op({ type: "group.create", groupId, name, conveners: ["Jürgen"], convenerKeyHash: sha256(CONVENER_SECRET) });
const groupJoin = (groupId: string, membershipId: string, extra: Record<string, unknown> = {}) =>
  op({ type: "group.join", groupId, membershipId, name: "Jörg Müßig", ...extra });

/** A socket on the board whose every raw message packet is kept, and its `changes` frames. */
async function member(boardId: string, options: { moderatorKey?: string; authorToken?: string } = {}) {
  const socket = rawClient(server().url);
  const wire = keepWire(socket);
  await connected(socket);
  const frames: Committed[] = [];
  socket.on("changes", (batch) => frames.push(...batch));
  const joined = (await join(socket, { boardId, since: null, ...options })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  return { socket, wire, frames, authorToken: joined.authorToken };
}

async function membershipsIn(boardId: string): Promise<GroupMembership[]> {
  const board = await server().store.readBoard(boardId);
  return (board?.records ?? []).filter((record): record is GroupMembership => record.type === "groupMembership");
}

const exportOf = (boardId: string, groupId: string, file: string, headers: Record<string, string> = {}) =>
  fetch(`${server().url}/api/boards/${boardId}/groups/${groupId}/${file}`, { headers });

describe("working groups over real sockets (AG-2, AG-3)", () => {
  it("AG-2 one person joining from two sockets at once gets one membership", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = await member(boardId, { moderatorKey });
    expect(await sendOp(moderator.socket, "op-ag-create-1", groupCreate("group-ag-0001"))).toMatchObject({ ok: true });
    const first = await member(boardId);
    const second = await member(boardId, { authorToken: first.authorToken });
    const answers = await Promise.all([
      sendOp(first.socket, "op-ag-join-a1", groupJoin("group-ag-0001", "member-tab-0001")),
      sendOp(second.socket, "op-ag-join-b1", groupJoin("group-ag-0001", "member-tab-0002")),
      sendOp(first.socket, "op-ag-join-a2", groupJoin("group-ag-0001", "member-tab-0003")),
      sendOp(second.socket, "op-ag-join-b2", groupJoin("group-ag-0001", "member-tab-0004")),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((each) => !each.ok)) {
      expect(answer).toMatchObject({ ok: false, problem: { code: "already_exists" } });
    }
    expect(await membershipsIn(boardId)).toHaveLength(1);
    for (const each of [moderator, first, second]) each.socket.close();
  });

  it("AG-2 AG-3 a join and a leave reach another client live; its contact reaches the member and moderators only, and leaves the op log", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = await member(boardId, { moderatorKey });
    expect(await sendOp(moderator.socket, "op-ag-create-2", groupCreate("group-ag-0002"))).toMatchObject({ ok: true });
    const joiner = await member(boardId);
    const watcher = await member(boardId);
    const contact = "kontakt-9f3a1c@example.org";
    const joined = await sendOp(
      joiner.socket,
      "op-ag-join-c1",
      groupJoin("group-ag-0002", "member-live-001", { contact, consent }),
    );
    expect(joined).toMatchObject({ ok: true });
    const put = await waitFor(
      () => watcher.frames.flatMap((frame) => frame.writes).find((write) => "put" in write),
      "the membership at the watcher",
    );
    expect("put" in put && put.put).toMatchObject({ type: "groupMembership", name: "Jörg Müßig", contact: null });

    expect(
      await sendOp(joiner.socket, "op-ag-leave-1", op({ type: "group.leave", groupId: "group-ag-0002" })),
    ).toMatchObject({
      ok: true,
    });
    await waitFor(
      () => watcher.frames.flatMap((frame) => frame.writes).some((write) => "remove" in write),
      "the leave at the watcher",
    );
    await waitFor(
      () => moderator.frames.flatMap((frame) => frame.writes).some((write) => "remove" in write),
      "the leave at the moderator",
    );
    // Raw bytes: the member's own ack and the moderators' frame carry the contact, the watcher's nothing.
    expect(joiner.wire.join("\n")).toContain(contact);
    expect(moderator.wire.join("\n")).toContain(contact);
    expect(watcher.wire.join("\n")).not.toContain(contact);
    const snapshot = await (await fetch(`${server().url}/api/boards/${boardId}`)).text();
    expect(snapshot).not.toContain(contact);
    // Gone from the op log too (as NET-6): a moderator catching up from the start reads no trace of it.
    const late = await member(boardId, { moderatorKey });
    const caughtUp = await join(late.socket, { boardId, since: 0, moderatorKey });
    expect(caughtUp.ok && caughtUp.catchUp.kind).toBe("changes");
    expect(JSON.stringify(caughtUp)).not.toContain(contact);
    late.socket.close();
    for (const each of [moderator, joiner, watcher]) each.socket.close();
  });
});

describe("member exports (AG-5)", () => {
  async function groupWithMembers() {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = await member(boardId, { moderatorKey });
    expect(
      await sendOp(moderator.socket, "op-ag-create-3", groupCreate("group-ag-0003", "AG Bürgerenergie")),
    ).toMatchObject({
      ok: true,
    });
    const withCard = await member(boardId);
    const card = op({
      type: "businessCard.publish",
      cardId: "bcard-export-1",
      name: "Ada Lovelace",
      organisation: "Rechenverein Görlitz",
      contact: {
        email: { value: "ada@example.org", visibility: "board" },
        phone: { value: "+49 355 1234", visibility: "moderators" },
      },
      consent,
      editKeyHash: sha256("edit"),
    });
    expect(await sendOp(withCard.socket, "op-ag-card-01", card)).toMatchObject({ ok: true });
    const people: [typeof withCard, Op][] = [
      [
        withCard,
        groupJoin("group-ag-0003", "member-exp-0001", { name: "Ada Lovelace", businessCardId: "bcard-export-1" }),
      ],
      [await member(boardId), groupJoin("group-ag-0003", "member-exp-0002", { contact: "joerg@müßig.de", consent })],
      [await member(boardId), groupJoin("group-ag-0003", "member-exp-0003", { name: "=SUMME(A1)" })],
    ];
    for (const [index, [person, joinOp]] of people.entries()) {
      expect(await sendOp(person.socket, `op-ag-exp-${index}000`, joinOp)).toMatchObject({ ok: true });
      person.socket.close();
    }
    return { boardId, moderatorKey, moderator };
  }

  it("AG-5 moderators and the conveners' link get the members as CSV that spreadsheets read right, with what each chose to share", async () => {
    const { boardId, moderatorKey, moderator } = await groupWithMembers();
    const asModerator = await exportOf(boardId, "group-ag-0003", "members.csv", { "X-Moderator-Key": moderatorKey });
    expect(asModerator.status).toBe(200);
    expect(asModerator.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await asModerator.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes.slice(3)), {
      delimiter: ";",
      record_delimiter: "\r\n",
    }) as string[][];
    expect(rows[0].slice(0, 3)).toEqual(["Name", "Kontakt", "Organisation"]);
    expect(rows.slice(1).map((row) => row.slice(0, 6))).toEqual([
      // A leading + could start a formula: neutralised like every cell (EXP-6).
      ["Ada Lovelace", "", "Rechenverein Görlitz", "", "ada@example.org", "'+49 355 1234"],
      ["Jörg Müßig", "joerg@müßig.de", "", "", "", ""],
      ["'=SUMME(A1)", "", "", "", "", ""],
    ]);

    // The convener reads the card as a participant: the phone shown to moderators only stays out.
    const asConvener = await exportOf(boardId, "group-ag-0003", "members.csv", { "X-Convener-Key": CONVENER_SECRET });
    expect(asConvener.status).toBe(200);
    const convenerRows = parse(await asConvener.text(), { delimiter: ";" }) as string[][];
    expect(convenerRows[1].slice(0, 6)).toEqual([
      "Ada Lovelace",
      "",
      "Rechenverein Görlitz",
      "",
      "ada@example.org",
      "",
    ]);
    expect(convenerRows[2][1]).toBe("joerg@müßig.de");

    const vcards = await (
      await exportOf(boardId, "group-ag-0003", "members.vcf?version=3.0", { "X-Convener-Key": CONVENER_SECRET })
    ).text();
    expect(vcards.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcards).toContain("EMAIL;TYPE=INTERNET,WORK:joerg@müßig.de");
    expect(vcards).not.toContain("+49 355 1234");
    const json = (await (
      await exportOf(boardId, "group-ag-0003", "members.json", { "X-Convener-Key": CONVENER_SECRET })
    ).json()) as { members: { name: string; contact: string | null }[] };
    expect(json.members.map((each) => each.contact)).toEqual([null, "joerg@müßig.de", null]);
    moderator.socket.close();
  });

  it("AG-5 without a key, with a wrong or a replaced conveners' key, nobody gets the members", async () => {
    const { boardId, moderator } = await groupWithMembers();
    const participant = await member(boardId);
    const refused: Record<string, string>[] = [
      {},
      { "X-Author-Token": participant.authorToken },
      { "X-Convener-Key": "x".repeat(43) },
      { "X-Moderator-Key": "x".repeat(43) },
    ];
    for (const headers of refused) {
      for (const file of ["members.csv", "members.vcf", "members.json"]) {
        const response = await exportOf(boardId, "group-ag-0003", file, headers);
        expect(response.status, `${file} ${JSON.stringify(headers)}`).toBe(403);
        expect(await response.text()).not.toContain("joerg@");
      }
    }
    expect(
      (await exportOf(boardId, "group-ag-none1", "members.csv", { "X-Convener-Key": CONVENER_SECRET })).status,
    ).toBe(404);
    const newLink = op({
      type: "group.newConvenerLink",
      groupId: "group-ag-0003",
      convenerKeyHash: sha256("neu-0123456789abcdef"),
    });
    expect(await sendOp(moderator.socket, "op-ag-newlink", newLink)).toMatchObject({ ok: true });
    expect(
      (await exportOf(boardId, "group-ag-0003", "members.csv", { "X-Convener-Key": CONVENER_SECRET })).status,
    ).toBe(403);
    expect(
      (await exportOf(boardId, "group-ag-0003", "members.csv", { "X-Convener-Key": "neu-0123456789abcdef" })).status,
    ).toBe(200);
    for (const each of [moderator, participant]) each.socket.close();
  });
});

describe("a member as a vCard's card (AG-5)", () => {
  const membership = (contact: string | null): GroupMembership => ({
    type: "groupMembership",
    id: "member-0001",
    version: 1,
    audience: "board",
    authorId: "~tag",
    groupId: "group-0001",
    name: "Jörg Müßig",
    businessCardId: null,
    contact: contact === null ? null : { value: contact, consent: { text: "Ja", at: 1 } },
    createdAt: 1,
  });

  it("AG-5 the contact given to the group goes in as email or phone; without one, the name alone", () => {
    expect(memberAsCard({ membership: membership("joerg@müßig.de"), card: null }).contact).toEqual({
      email: { value: "joerg@müßig.de", visibility: "board" },
      phone: null,
      website: null,
    });
    expect(memberAsCard({ membership: membership("0355 1234"), card: null }).contact.phone?.value).toBe("0355 1234");
    expect(memberAsCard({ membership: membership(null), card: null })).toMatchObject({
      id: "member-0001",
      name: "Jörg Müßig",
      contact: { email: null, phone: null, website: null },
    });
  });
});
