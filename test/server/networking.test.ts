import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { JoinResponse } from "../../shared/events";
import type { BusinessCard } from "../../shared/features/networking";
import type { BoardSnapshot } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const EMAIL = "juergen.muessig@example.org";
const PHONE = "+49 355 987654";
const NAME = "Jürgen Müßig";

const newKey = () => randomBytes(32).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function publishOp(cardId: string, key: string, name = NAME, extra: Record<string, unknown> = {}): Op {
  return {
    type: "businessCard.publish",
    cardId,
    name,
    organisation: "Bürgerenergie Lausitz",
    role: "",
    fieldsOfWork: ["Klima und Umwelt"],
    region: "Cottbus",
    topics: ["Wärme"],
    offers: "Beratung zu Wärmenetzen",
    seeks: "Partner",
    about: "Zeile eins\nZeile zwei",
    contact: {
      email: { value: EMAIL, visibility: "moderators" },
      phone: { value: PHONE, visibility: "nobody" },
      website: { value: "https://example.org/juergen", visibility: "board" },
    },
    consent: { text: "Ich bin einverstanden, dass meine Karte gezeigt wird.", given: true },
    editKeyHash: sha256(key),
    ...extra,
  } as Op;
}

const cardsIn = (records: { type: string }[]) => records.filter((r): r is BusinessCard => r.type === "businessCard");

describe("the networking wall on a real server (NET-1..7)", () => {
  const server = serverForThisFile();

  async function member(boardId: string, options: { moderatorKey?: string; authorToken?: string } = {}) {
    const socket = await connected(rawClient(server().url));
    const raw: string[] = [];
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      if (typeof packet.data === "string") raw.push(packet.data);
    });
    const frames: Committed[] = [];
    socket.on("changes", (batch) => frames.push(...batch));
    const joined = (await join(socket, { boardId, since: null, ...options })) as Extract<JoinResponse, { ok: true }>;
    expect(joined.ok).toBe(true);
    return { socket, authorId: joined.authorId, authorToken: joined.authorToken, frames, raw, joined };
  }

  const snapshotOf = async (boardId: string, headers: Record<string, string> = {}) =>
    (await (await fetch(`${server().url}/api/boards/${boardId}`, { headers })).json()) as BoardSnapshot;

  it("NET-1 NET-2 NET-3 a second client sees a card appear, change and go live; each role gets only its fields, on the wire", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await member(boardId, { moderatorKey });
    const alice = await member(boardId);
    const bob = await member(boardId);
    const key = newKey();

    const published = await sendOp(alice.socket, "op-net-0001", publishOp("bcard-alice-01", key));
    expect(published).toMatchObject({ ok: true, committed: { revision: 1 } });
    // The author's own ack holds her fields shown to nobody else, never the edit link's hash.
    expect(JSON.stringify(published)).toContain(PHONE);
    expect(JSON.stringify(published)).not.toContain(sha256(key));
    await waitFor(() => bob.frames.length === 1 && mod.frames.length === 1, "the card at everyone");
    expect(bob.frames[0].writes).toEqual([
      { put: expect.objectContaining({ id: "bcard-alice-01", name: NAME, contact: expect.any(Object) }) },
    ]);

    const update = {
      ...publishOp("bcard-alice-01", key, "Jürgen M. Müßig"),
      type: "businessCard.update",
      baseVersion: 1,
      consent: undefined,
      editKeyHash: undefined,
    };
    const updated = await sendOp(alice.socket, "op-net-0002", JSON.parse(JSON.stringify(update)) as Op);
    expect(updated).toMatchObject({ ok: true, committed: { revision: 2 } });
    await waitFor(() => bob.frames.length === 2, "the change at Bob");
    expect(bob.frames[1].writes).toEqual([{ put: expect.objectContaining({ name: "Jürgen M. Müßig", version: 2 }) }]);

    // A stale edit is a conflict, and nothing moves.
    expect(await sendOp(alice.socket, "op-net-0003", JSON.parse(JSON.stringify(update)) as Op)).toMatchObject({
      ok: false,
      problem: { code: "conflict", current: { version: 2 } },
    });
    expect(
      await sendOp(bob.socket, "op-net-0004", { type: "businessCard.remove", cardId: "bcard-alice-01" }),
    ).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(
      await sendOp(alice.socket, "op-net-0005", { type: "businessCard.remove", cardId: "bcard-alice-01" }),
    ).toMatchObject({
      ok: true,
      committed: { revision: 3 },
    });
    await waitFor(() => bob.frames.length === 3 && mod.frames.length === 3 && alice.frames.length === 3, "the removal");
    expect(bob.frames[2].writes).toEqual([
      expect.objectContaining({ remove: { type: "businessCard", id: "bcard-alice-01" } }),
    ]);

    // On the wire: Bob never got the email (moderators) or the phone (nobody); the moderator the email only.
    const bobWire = bob.raw.join("\n");
    const modWire = mod.raw.join("\n");
    const aliceWire = alice.raw.join("\n");
    expect(bobWire).toContain("Jürgen M. Müßig");
    for (const secret of [EMAIL, PHONE, sha256(key), "editKeyHash"]) expect(bobWire).not.toContain(secret);
    expect(modWire).toContain(EMAIL);
    for (const secret of [PHONE, sha256(key), "editKeyHash"]) expect(modWire).not.toContain(secret);
    expect(aliceWire).toContain(PHONE);
    expect(aliceWire).not.toContain(sha256(key));
    for (const who of [mod, alice, bob]) {
      expect(who.frames.map((frame) => frame.revision)).toEqual([1, 2, 3]);
      who.socket.close();
    }
  });

  it("NET-2 snapshots, catch-up and REST answers hold only each viewer's fields; a moderator's own 'nobody' field reaches that moderator alone", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const modAuthor = await member(boardId, { moderatorKey });
    const otherMod = await member(boardId, { moderatorKey });
    const alice = await member(boardId);
    const key = newKey();
    await sendOp(alice.socket, "op-net-0101", publishOp("bcard-alice-02", key));
    const modKey = newKey();
    const ownPhone = "+49 30 111222";
    const own = publishOp("bcard-moder-01", modKey, "Mona Moderatorin", {
      contact: { phone: { value: ownPhone, visibility: "nobody" } },
    });
    expect(JSON.stringify(await sendOp(modAuthor.socket, "op-net-0102", own))).toContain(ownPhone);
    await waitFor(() => otherMod.frames.length === 2 && modAuthor.frames.length === 2, "both cards at the moderators");
    // Frames: the moderator who wrote it gets its own frame; the other moderator does not see the phone.
    expect(JSON.stringify(modAuthor.frames[1])).toContain(ownPhone);
    expect(otherMod.raw.join("\n")).not.toContain(ownPhone);
    expect(otherMod.raw.join("\n")).not.toContain(PHONE);
    expect(modAuthor.raw.join("\n")).not.toContain(PHONE);

    // Snapshots over the socket.
    const snapshotText = (response: JoinResponse) =>
      response.ok && response.catchUp.kind === "snapshot" ? response.catchUp.snapshotJson : "";
    const again = await join(modAuthor.socket, {
      boardId,
      since: null,
      moderatorKey,
      authorToken: modAuthor.authorToken,
    });
    expect(snapshotText(again)).toContain(ownPhone);
    expect(snapshotText(again)).toContain(EMAIL);
    expect(snapshotText(again)).not.toContain(PHONE);
    const otherAgain = await join(otherMod.socket, { boardId, since: null, moderatorKey });
    expect(snapshotText(otherAgain)).toContain(EMAIL);
    expect(snapshotText(otherAgain)).not.toContain(ownPhone);
    const bob = await member(boardId);
    const bobSnapshot = snapshotText(bob.joined);
    for (const secret of [EMAIL, PHONE, ownPhone, "editKeyHash"]) expect(bobSnapshot).not.toContain(secret);
    expect(
      cardsIn(snapshotOfJoin(bob.joined)?.records ?? [])
        .map((card) => card.name)
        .sort(),
    ).toEqual([NAME, "Mona Moderatorin"]);
    const aliceAgain = await join(alice.socket, { boardId, since: null, authorToken: alice.authorToken });
    expect(snapshotText(aliceAgain)).toContain(PHONE);
    expect(snapshotText(aliceAgain)).not.toContain("editKeyHash");
    // Catch-up.
    const catchUp = await join(bob.socket, { boardId, since: 0 });
    expect(JSON.stringify(catchUp)).toContain("Mona Moderatorin");
    for (const secret of [EMAIL, PHONE, ownPhone, "editKeyHash"]) expect(JSON.stringify(catchUp)).not.toContain(secret);

    // REST, plain and compressed.
    for (const encoding of ["identity", "br"]) {
      const get = async (headers: Record<string, string>) =>
        (
          await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "accept-encoding": encoding, ...headers } })
        ).text();
      const anyone = await get({});
      for (const secret of [EMAIL, PHONE, ownPhone, "editKeyHash"]) expect(anyone).not.toContain(secret);
      const asModAuthor = await get({ "X-Moderator-Key": moderatorKey, "X-Author-Token": modAuthor.authorToken });
      expect(asModAuthor).toContain(ownPhone);
      expect(asModAuthor).not.toContain(PHONE);
      const asMod = await get({ "X-Moderator-Key": moderatorKey });
      expect(asMod).toContain(EMAIL);
      for (const secret of [PHONE, ownPhone, "editKeyHash"]) expect(asMod).not.toContain(secret);
      const asAlice = await get({ "X-Author-Token": alice.authorToken });
      expect(asAlice).toContain(PHONE);
      expect(asAlice).not.toContain(ownPhone);
      expect(asAlice).not.toContain("editKeyHash");
    }
    for (const who of [modAuthor, otherMod, alice, bob]) who.socket.close();
  });

  it("NET-4 the edit link makes a fresh browser the card's author; a wrong key or card is 404 alike; no client sends the take-over op", async () => {
    const { boardId } = await createBoard(server().url);
    const alice = await member(boardId);
    const key = newKey();
    await sendOp(alice.socket, "op-net-0201", publishOp("bcard-alice-03", key));
    const phone = await member(boardId); // a fresh browser: a new author token
    const claim = (cardId: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server().url}/api/boards/${boardId}/business-cards/${cardId}/claim`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Author-Token": phone.authorToken, ...headers },
        body: JSON.stringify(body),
      });

    const wrong = await claim("bcard-alice-03", { key: newKey() });
    const unknown = await claim("bcard-nobody-1", { key });
    const malformed = await claim("x", { key });
    expect([wrong.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([wrong.text(), unknown.text(), malformed.text()]);
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0])).toMatchObject({ error: { code: "not_found" } });
    expect((await claim("bcard-alice-03", { key: "short" })).status).toBe(400);
    expect((await claim("bcard-alice-03", { key }, { "X-Author-Token": "" })).status).toBe(400);
    // The take-over op is no op a socket may send.
    const viaSocket = await sendOp(phone.socket, "op-net-0202", {
      type: "businessCard.claim",
      cardId: "bcard-alice-03",
      editKeyHash: sha256(key),
    } as unknown as Op);
    expect(viaSocket).toMatchObject({ ok: false, problem: { code: "invalid_input" } });
    expect(await (await fetch(`${server().url}/api/boards/${boardId}`)).json()).toMatchObject({ revision: 1 });

    const rotated = { key, newKeyHash: sha256(newKey()) };
    const right = await claim("bcard-alice-03", rotated);
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({ cardId: "bcard-alice-03", authorId: phone.authorId, revision: 2 });
    // The new author's socket gets the card whole (its own frame); the old author's no longer.
    await waitFor(() => phone.frames.length === 1 && alice.frames.length === 2, "the take-over frame");
    expect(JSON.stringify(phone.frames[0])).toContain(PHONE);
    expect(JSON.stringify(alice.frames[1])).not.toContain(PHONE);
    expect(JSON.stringify(phone.frames[0])).not.toContain("editKeyHash");
    // Again (the answer was lost): nothing to do.
    expect(await (await claim("bcard-alice-03", rotated)).json()).toMatchObject({ revision: null });

    expect(
      await sendOp(alice.socket, "op-net-0203", { type: "businessCard.remove", cardId: "bcard-alice-03" }),
    ).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(
      await sendOp(phone.socket, "op-net-0204", { type: "businessCard.remove", cardId: "bcard-alice-03" }),
    ).toMatchObject({
      ok: true,
      committed: { revision: 3 },
    });
    expect((await claim("bcard-alice-03", { key })).status).toBe(404);
    alice.socket.close();
    phone.socket.close();
  });

  it("NET-6 deleting a card leaves nothing of it in any table of the database", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await member(boardId);
    const mod = await member(boardId, { moderatorKey });
    const key = newKey();
    const unique = "Zacharias Quellwasser";
    const uniqueMail = "zacharias.quellwasser@example.org";
    await sendOp(
      alice.socket,
      "op-net-0301",
      publishOp("bcard-zach-001", key, unique, {
        contact: { email: { value: uniqueMail, visibility: "moderators" } },
        about: "Quellwasser-Projekte im Spreewald",
      }),
    );
    const update = JSON.parse(
      JSON.stringify({
        ...publishOp("bcard-zach-001", key, `${unique} Jr.`),
        type: "businessCard.update",
        baseVersion: 1,
        consent: undefined,
        editKeyHash: undefined,
      }),
    ) as Op;
    await sendOp(alice.socket, "op-net-0302", update);
    expect(
      await sendOp(mod.socket, "op-net-0303", { type: "businessCard.remove", cardId: "bcard-zach-001" }),
    ).toMatchObject({
      ok: true,
      committed: { revision: 3 },
    });

    const db = new Database(server().databasePath, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    expect(tables).toEqual(expect.arrayContaining(["records", "op_log", "op_receipts", "boards"]));
    for (const table of tables) {
      const rows = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all(), (_key, value) =>
        Buffer.isBuffer(value) ? value.toString("hex") : value,
      );
      for (const gone of ["Quellwasser", uniqueMail, sha256(key)])
        expect(rows, `${table} holds ${gone}`).not.toContain(gone);
    }
    db.close();
    // And in the file's bytes, once the write-ahead log is checkpointed into it (secure_delete).
    const writer = new Database(server().databasePath);
    expect(writer.pragma("wal_checkpoint(TRUNCATE)")).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
    writer.close();
    const bytes = readFileSync(server().databasePath);
    for (const gone of ["Quellwasser", uniqueMail]) expect(bytes.includes(gone)).toBe(false);
    // Catch-up from before the card still works, with every revision.
    const late = await connected(rawClient(server().url));
    const caughtUp = await join(late, { boardId, since: 0 });
    expect(
      caughtUp.ok && caughtUp.catchUp.kind === "changes" && caughtUp.catchUp.changes.map((c) => c.revision),
    ).toEqual([1, 2, 3]);
    expect(JSON.stringify(caughtUp)).not.toContain("Quellwasser");
    for (const socket of [late, alice.socket, mod.socket]) socket.close();
  });

  it("NET-5 NET-2 the wall as vCard 4.0 and 3.0: only the fields the requester may see, read back by ical.js", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await member(boardId);
    await sendOp(alice.socket, "op-net-0401", publishOp("bcard-alice-05", newKey()));
    const bob = await member(boardId);
    await sendOp(bob.socket, "op-net-0402", publishOp("bcard-bob-0005", newKey(), "Anna Bauer"));
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${server().url}/api/boards/${boardId}/${path}`, { headers });

    const all = await get("business-cards.vcf");
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(all.headers.get("content-disposition")).toBe("attachment; filename=visitenkarten.vcf");
    const text = await all.text();
    const cards = (ICAL.parse(text) as unknown[][]).map((data) => new ICAL.Component(data));
    expect(cards.map((card) => card.getFirstPropertyValue("fn"))).toEqual(["Anna Bauer", NAME]);
    expect(cards[1].getFirstPropertyValue("version")).toBe("4.0");
    expect(cards[1].getFirstPropertyValue("note")).toContain("Zeile eins\nZeile zwei");
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(PHONE);
    expect(text).toContain("URL:https://example.org/juergen");

    const asMod = await (await get("business-cards.vcf?version=3.0", { "X-Moderator-Key": moderatorKey })).text();
    const modCards = (ICAL.parse(asMod) as unknown[][]).map((data) => new ICAL.Component(data));
    expect(modCards.map((card) => card.getFirstPropertyValue("version"))).toEqual(["3.0", "3.0"]);
    expect(modCards[1].getFirstPropertyValue("n")).toEqual(["Müßig", "Jürgen", "", "", ""]);
    expect(modCards[1].getFirstPropertyValue("email")).toBe(EMAIL);
    expect(asMod).not.toContain(PHONE);

    const mine = await get("business-cards/bcard-alice-05.vcf?version=3.0", { "X-Author-Token": alice.authorToken });
    expect(mine.headers.get("content-disposition")).toContain("filename*=UTF-8''J%C3%BCrgen%20M%C3%BC%C3%9Fig.vcf");
    const own = new ICAL.Component(ICAL.parse(await mine.text()) as unknown[]);
    expect(own.getFirstPropertyValue("tel")).toBe(PHONE);
    expect(own.getFirstPropertyValue("fn")).toBe(NAME);

    expect((await get("business-cards/bcard-nobody-1.vcf")).status).toBe(404);
    expect((await get("business-cards.vcf?version=2.1")).status).toBe(400);
    expect((await get("business-cards.vcf", { "X-Moderator-Key": "wrong-key-wrong-key" })).status).toBe(403);
    expect((await fetch(`${server().url}/api/boards/board-missing-1/business-cards.vcf`)).status).toBe(404);
    alice.socket.close();
    bob.socket.close();
  });

  it("NET-1 VAL-1 bad input is a typed error, changes nothing, and the server goes on", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await member(boardId);
    const bad: [string, unknown][] = [
      [
        "bad email",
        { ...publishOp("bcard-bad-001", newKey()), contact: { email: { value: "nope", visibility: "board" } } },
      ],
      ["no consent", { ...publishOp("bcard-bad-002", newKey()), consent: { text: "x", given: false } }],
      [
        "bad visibility",
        { ...publishOp("bcard-bad-003", newKey()), contact: { phone: { value: "123", visibility: "all" } } },
      ],
      ["extra field", { ...publishOp("bcard-bad-004", newKey()), authorId: "someone-else" }],
      ["too long", { ...publishOp("bcard-bad-005", newKey()), about: "x".repeat(5_000) }],
      [
        "javascript url",
        {
          ...publishOp("bcard-bad-006", newKey()),
          contact: { website: { value: "javascript:alert(1)", visibility: "board" } },
        },
      ],
    ];
    for (const [what, op] of bad) {
      const answer = await sendOp(alice.socket, `op-bad-${what.replace(/\W/g, "-").padEnd(8, "x")}`, op as Op);
      expect(answer, what).toMatchObject({ ok: false, problem: { code: "invalid_input" } });
    }
    expect(
      await sendOp(alice.socket, "op-bad-wall-01", {
        type: "wallSettings.update",
        fieldsOfWork: ["Kultur"],
        regions: [],
        topics: [],
        baseVersion: 0,
      }),
    ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const snapshot = await snapshotOf(boardId);
    expect(snapshot.revision).toBe(0);
    expect(cardsIn(snapshot.records)).toEqual([]);
    // Still serving: a good card and the moderators' lists go through.
    expect(await sendOp(alice.socket, "op-good-0001", publishOp("bcard-good-01", newKey()))).toMatchObject({
      ok: true,
    });
    const mod = await member(boardId, { moderatorKey });
    expect(
      await sendOp(mod.socket, "op-wall-0001", {
        type: "wallSettings.update",
        fieldsOfWork: ["Kultur", "Bildung"],
        regions: ["Cottbus"],
        topics: ["Wärme"],
        baseVersion: 0,
      }),
    ).toMatchObject({ ok: true, committed: { revision: 2 } });
    alice.socket.close();
    mod.socket.close();
  });
});
