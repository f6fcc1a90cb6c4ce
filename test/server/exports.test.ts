import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { BoardExport } from "../../shared/boardExport";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { exportContent } from "../helpers/exportContent";
import { meetingAddOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile, startTestServer } from "../helpers/testServer";

const server = serverForThisFile({ limits: { boardsPerHour: 1_000, restWritesPerMinute: 10_000 } });

const ONLINE = "https://meet.example.org/PRIVATE-onlinelink-7f3a";
const EMAIL = "private-registrant-91c2@example.org";
const CONTACT = "PRIVATE-contact-email-55e1@example.org";

async function socketOf(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const joined = await join(socket, { boardId, since: null, moderatorKey });
  if (!joined.ok) throw new Error("join failed");
  return { socket, authorToken: joined.authorToken };
}

async function send(socket: Awaited<ReturnType<typeof socketOf>>["socket"], op: Op) {
  const answer = await sendOp(socket, `op-${Math.random().toString(36).slice(2, 12)}`, op);
  if (!answer.ok) throw new Error(`${op.type}: ${JSON.stringify(answer.problem)}`);
}

/** A Stammtisch board with cards, a documented meeting with an online link, a registration and a business card. */
async function fullBoard() {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url, "stammtisch", "Bündnis Görlitz");
  const columnId = columnsIn(snapshot)[0].id;
  const moderator = await socketOf(boardId, moderatorKey);
  const person = await socketOf(boardId);
  await send(person.socket, {
    type: "card.add",
    cardId: "card-exp-00001",
    columnId,
    rank: "a0",
    authorName: "Jürgen Müßig",
    content: { kind: "topic", title: "Radwege an der Neiße", body: "Zeile eins\nZeile zwei; mit Ümlaut", link: null },
  });
  await send(person.socket, {
    type: "card.add",
    cardId: "card-exp-00002",
    columnId,
    rank: "a1",
    authorName: null,
    content: { kind: "topic", title: '=HYPERLINK("http://evil.example")', body: "", link: "https://example.org/a" },
  });
  await send(moderator.socket, meetingAddOp({ onlineLink: ONLINE, themeCardId: "card-exp-00001", capacity: 20 }));
  await send(moderator.socket, {
    type: "meeting.document",
    meetingId: "meet-0124",
    text: "Wir haben beschlossen:\n- mehr Radwege",
    link: null,
  });
  await send(person.socket, {
    type: "registration.add",
    registrationId: "reg-exp-0001",
    meetingId: "meet-0124",
    name: "Jürgen Müßig",
    email: EMAIL,
  });
  await send(person.socket, {
    type: "businessCard.publish",
    cardId: "bcard-exp-001",
    name: "Karla Karte",
    organisation: "Verein",
    role: "",
    fieldsOfWork: [],
    region: "Görlitz",
    topics: [],
    offers: "",
    seeks: "",
    about: "",
    contact: { email: { value: CONTACT, visibility: "moderators" }, phone: null, website: null },
    consent: { text: "Ja", given: true },
    editKeyHash: "ab".repeat(32),
  });
  moderator.socket.close();
  person.socket.close();
  return { boardId, moderatorKey, authorToken: person.authorToken };
}

const exportOf = (boardId: string, extension: string, headers: Record<string, string> = {}) =>
  fetch(`${server().url}/api/boards/${boardId}/export.${extension}`, { headers });

async function importBoard(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server().url}/api/boards/import`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function boardCount(databasePath: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM boards").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("exports for scripts (EXP-9)", () => {
  it("EXP-9 HTTP-2 VIS-7 each export holds what its caller may see: a participant's no private field, a moderator's all", async () => {
    const { boardId, moderatorKey, authorToken } = await fullBoard();
    for (const extension of ["json", "md", "csv"]) {
      const anonymous = await exportOf(boardId, extension);
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get("cache-control")).toBe("private, no-store");
      expect(anonymous.headers.get("vary")).toMatch(/X-Moderator-Key.*X-Author-Token|X-Author-Token.*X-Moderator-Key/);
      expect(anonymous.headers.get("content-disposition")).toMatch(/^attachment; filename="Bundnis-Gorlitz-/);
      const bytes = Buffer.from(await anonymous.arrayBuffer()).toString("utf8");
      for (const secret of [ONLINE, EMAIL, CONTACT, "ab".repeat(32)]) expect(bytes, extension).not.toContain(secret);
      expect(bytes).toContain("Radwege an der Neiße");
    }
    const moderatorJson = await (await exportOf(boardId, "json", { "X-Moderator-Key": moderatorKey })).text();
    for (const secret of [ONLINE, EMAIL, CONTACT]) expect(moderatorJson).toContain(secret);
    expect(moderatorJson).not.toContain("ab".repeat(32));
    const moderatorMd = await (await exportOf(boardId, "md", { "X-Moderator-Key": moderatorKey })).text();
    expect(moderatorMd).toContain(ONLINE);
    // The registrant reads their own registration, with the link their place gives them (MEET-2).
    const own = await (await exportOf(boardId, "json", { "X-Author-Token": authorToken })).text();
    expect(own).toContain(EMAIL);
    expect(own).toContain(ONLINE);

    expect((await exportOf(boardId, "json", { "X-Moderator-Key": "x".repeat(43) })).status).toBe(403);
    expect((await exportOf("board-does-not-exist", "md")).status).toBe(404);
  });

  it("EXP-8 the cards' CSV is German Excel's: BOM, semicolons, CRLF, one row per card, umlauts and line breaks intact, no formula", async () => {
    const { boardId } = await fullBoard();
    const response = await exportOf(boardId, "csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text, { delimiter: ";", bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([
      "Spalte",
      "Titel",
      "Text",
      "Link",
      "Autor",
      "Erstellt am",
      "Cluster",
      "Zusammengeführt",
      "Arbeitsgruppen",
      "Punkte",
      "Priorität",
      "Likes",
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ["Klimaschutz & Energiewende", "Radwege an der Neiße", "Zeile eins\nZeile zwei; mit Ümlaut", "", "Jürgen Müßig"],
      ["Klimaschutz & Energiewende", `'=HYPERLINK("http://evil.example")`, "", "https://example.org/a", "anonym"],
    ]);
    const english = parse(await (await exportOf(boardId, "csv?lang=en")).text(), { delimiter: ";", bom: true });
    expect(english[0][0]).toBe("Column");
  });

  it("EXP-7 the minutes list the columns with their cards and the meetings with their documentation", async () => {
    const { boardId } = await fullBoard();
    const response = await exportOf(boardId, "md");
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await response.text();
    const lines = text.split("\n");
    expect(lines[0]).toBe("# Bündnis Görlitz");
    expect(lines).toContain("## Themen");
    expect(lines).toContain("### Klimaschutz & Energiewende".replace("&", "\\&"));
    expect(lines).toContain("- **Radwege an der Neiße** (Jürgen Müßig)  ");
    expect(text).toContain("  Zeile eins  \n  Zeile zwei; mit Ümlaut");
    expect(lines).toContain("## Termine");
    expect(lines).toContain("### 24.01.2027, 18:00–20:00: Wärmewende");
    expect(lines).toContain("#### Dokumentation");
    // The decision's list item is the moderator's text, not a list of the minutes.
    expect(lines).toContain("\\- mehr Radwege");
    expect(lines).toContain("## Vernetzung");
  });

  it("EXP-7 EXP-8 AG-1 the minutes list the working groups with their topics and members' names; the CSV names each card's groups", async () => {
    const { boardId, moderatorKey } = await fullBoard();
    const moderator = await socketOf(boardId, moderatorKey);
    const member = await socketOf(boardId);
    await send(moderator.socket, {
      type: "group.create",
      groupId: "group-exp-0001",
      name: "AG Radverkehr",
      description: "Wege an der Neiße",
      conveners: ["Jürgen Müßig"],
      topicCardIds: ["card-exp-00001"],
      clusterId: null,
      convenerKeyHash: "cd".repeat(32),
    });
    await send(member.socket, {
      type: "group.join",
      groupId: "group-exp-0001",
      membershipId: "member-exp-001",
      name: "Änne Rad",
      businessCardId: null,
      contact: "PRIVATE-member-contact@example.org",
      consent: { text: "Ja", given: true },
    });
    moderator.socket.close();
    member.socket.close();
    for (const headers of [{}, { "X-Moderator-Key": moderatorKey }] as Record<string, string>[]) {
      const text = await (await exportOf(boardId, "md", headers)).text();
      const lines = text.split("\n");
      expect(lines).toContain("## Arbeitsgruppen");
      expect(lines).toContain("### AG Radverkehr");
      expect(lines).toContain("Ansprechpersonen: Jürgen Müßig");
      expect(lines).toContain("- Radwege an der Neiße");
      expect(lines).toContain("#### Mitglieder (1)");
      expect(lines).toContain("- Änne Rad");
      // The contact goes to the conveners through the member export, never round with the minutes.
      expect(text).not.toContain("PRIVATE-member-contact");
    }
    const rows = parse(await (await exportOf(boardId, "csv")).text(), { delimiter: ";", bom: true }) as string[][];
    expect(rows.slice(1).map((row) => [row[1], row[8]])).toEqual([
      ["Radwege an der Neiße", "AG Radverkehr"],
      [`'=HYPERLINK("http://evil.example")`, ""],
    ]);
  });
});

describe("clusters in the exports (EXP-7, EXP-8, CLU-1, CLU-6)", () => {
  it("EXP-7 EXP-8 CLU-1 CLU-6 the minutes list the clusters with their cards; the CSV names each card's cluster and keeps merged words with their authors", async () => {
    const { boardId, moderatorKey } = await fullBoard();
    const moderator = await socketOf(boardId, moderatorKey);
    await send(moderator.socket, {
      type: "cluster.create",
      clusterId: "cluster-exp-01",
      cardIds: ["card-exp-00001", "card-exp-00002"],
      title: "Mobilität",
    });
    await send(moderator.socket, { type: "card.merge", cardId: "card-exp-00001", mergedCardId: "card-exp-00002" });
    moderator.socket.close();
    const lines = (await (await exportOf(boardId, "md")).text()).split("\n");
    expect(lines).toContain("## Cluster");
    expect(lines).toContain("### Mobilität (Klimaschutz \\& Energiewende)");
    const rows = parse(await (await exportOf(boardId, "csv")).text(), { delimiter: ";", bom: true }) as string[][];
    expect(rows.slice(1).map((row) => [row[1], row[6], row[7]])).toEqual([
      ["Radwege an der Neiße", "Mobilität", `'=HYPERLINK("http://evil.example") (anonym)`],
    ]);
  });
});

describe("votes in the exports (EXP-7, EXP-8, VOTE-3)", () => {
  it("EXP-7 EXP-8 VOTE-3 VOTE-6 hidden counts are in the moderator's exports only; after the close everyone's minutes rank the cards and the CSV counts them", async () => {
    const { boardId, moderatorKey } = await fullBoard();
    const moderator = await socketOf(boardId, moderatorKey);
    const voter = await socketOf(boardId);
    await send(moderator.socket, {
      type: "votingRound.open",
      roundId: "round-exp-0001",
      tallyId: "tally-exp-0001",
      title: "Was zuerst?",
      votesPerPerson: 5,
      maxPerCard: 3,
      anonymous: true,
      results: "atClose",
      columnIds: null,
    });
    for (let dot = 0; dot < 2; dot++) {
      await send(voter.socket, {
        type: "vote.cast",
        roundId: "round-exp-0001",
        cardId: "card-exp-00001",
        ballotId: "ballot-exp-001",
        voterName: null,
      });
    }
    const votesColumn = async (headers: Record<string, string>) =>
      (parse(await (await exportOf(boardId, "csv", headers)).text(), { delimiter: ";", bom: true }) as string[][])
        .slice(1)
        .map((row) => row[9]);
    const moderatorHeaders = { "X-Moderator-Key": moderatorKey };
    expect(await votesColumn({})).toEqual(["", ""]);
    expect(await votesColumn(moderatorHeaders)).toEqual(["2", "0"]);
    const hidden = await (await exportOf(boardId, "md")).text();
    expect(hidden).toContain("### Was zuerst? (läuft)");
    expect(hidden).toContain("Die Ergebnisse werden beim Ende der Abstimmung gezeigt.");
    expect(await (await exportOf(boardId, "md", moderatorHeaders)).text()).toContain("- Radwege an der Neiße (2)");

    await send(moderator.socket, { type: "votingRound.close", roundId: "round-exp-0001" });
    await send(moderator.socket, { type: "priority.mark", cardIds: ["card-exp-00001"], roundId: "round-exp-0001" });
    moderator.socket.close();
    voter.socket.close();
    const closed = await (await exportOf(boardId, "md")).text();
    expect(closed).toContain("### Was zuerst? (beendet)");
    expect(closed.split("\n")).toContain("1. Radwege an der Neiße (2)");
    const rows = parse(await (await exportOf(boardId, "csv")).text(), { delimiter: ";", bom: true }) as string[][];
    expect(rows.slice(1).map((row) => row.slice(9, 11))).toEqual([
      ["2", "ja"],
      ["0", ""],
    ]);
  });
});

describe("importing an export as a new board (TPL-1, TPL-2)", () => {
  it("TPL-1 TPL-2 export → import → export gives the same content, ids aside, without anyone's personal data", async () => {
    const { boardId, moderatorKey } = await fullBoard();
    const first = (await (await exportOf(boardId, "json", { "X-Moderator-Key": moderatorKey })).json()) as BoardExport;
    const imported = await importBoard(first);
    expect(imported.status).toBe(201);
    const created = (await imported.json()) as { boardId: string; moderatorKey: string; moderatorUrl: string };
    expect(created.moderatorUrl).toContain(`/b/${created.boardId}#key=`);
    const second = (await (
      await exportOf(created.boardId, "json", { "X-Moderator-Key": created.moderatorKey })
    ).json()) as BoardExport;
    const personal = ["registration", "businessCard", "impulse", "calendarFeed"];
    expect(second.records.filter((record) => personal.includes(record.type))).toEqual([]);
    const expected = {
      ...first,
      records: first.records
        .filter((record) => !personal.includes(record.type))
        // Counts of people follow the registrations, which stay behind.
        .map((record) => (record.type === "meeting" ? { ...record, registered: 0, waiting: 0 } : record)),
    };
    expect(exportContent(second)).toEqual(exportContent(expected));
    const secondText = JSON.stringify(second);
    for (const secret of [EMAIL, CONTACT]) expect(secondText).not.toContain(secret);
    // The cards are nobody's on the new board: no author id of the old board travels.
    expect(second.records.filter((record) => record.type === "card").every((card) => card.authorId === null)).toBe(
      true,
    );
  });

  it("TPL-1 a hostile or oversized import is a typed 4xx and creates no board", async () => {
    const { boardId, moderatorKey } = await fullBoard();
    const valid = (await (await exportOf(boardId, "json", { "X-Moderator-Key": moderatorKey })).json()) as BoardExport;
    const before = boardCount(server().databasePath);
    const column = valid.records.find((record) => record.type === "column") as BoardExport["records"][number];
    const hostile: [unknown, number, string][] = [
      ["{not json", 400, "invalid_input"],
      [{}, 400, "invalid_input"],
      [{ ...valid, format: "trello" }, 400, "invalid_input"],
      [{ ...valid, version: 2 }, 400, "invalid_input"],
      [{ ...valid, board: { ...valid.board, title: "\u0000\u0001" } }, 400, "invalid_input"],
      [{ ...valid, records: [...valid.records, { ...column, title: "" }] }, 400, "invalid_input"],
      [{ ...valid, records: [...valid.records, { ...column, rank: "no rank!" }] }, 400, "invalid_input"],
      [
        {
          ...valid,
          records: [{ type: "card", id: "card-orphan1", rank: "a0", content: { kind: "topic", title: "x" } }],
        },
        400,
        "invalid_input",
      ],
      [{ ...valid, records: [{ type: "card", id: "x".repeat(65) }] }, 400, "invalid_input"],
      [
        { ...valid, records: Array.from({ length: 51 }, (_, index) => ({ ...column, id: `col-many-${index}` })) },
        422,
        "limit_reached",
      ],
      [{ ...valid, records: [{ ...column, __proto__: { polluted: true }, constructor: "x" }] }, 201, ""],
      [`{"format":"themenwand-board","pad":"${"x".repeat(17 * 1024 * 1024)}"}`, 413, "payload_too_large"],
    ];
    let created = 0;
    for (const [body, status, code] of hostile) {
      const answer = await importBoard(body);
      expect(answer.status, JSON.stringify(body).slice(0, 120)).toBe(status);
      const json = (await answer.json()) as { error?: { code: string } };
      if (status === 201) created += 1;
      else expect(json.error?.code).toBe(code);
    }
    expect(boardCount(server().databasePath)).toBe(before + created);
    // The server is still there.
    expect((await exportOf(boardId, "md")).status).toBe(200);
  });

  it("OPS-4 TPL-1 with ADMIN_TOKEN an import needs the token, like creating a board", async () => {
    const guarded = await startTestServer({ adminToken: "admin-token-0123456789" });
    try {
      const { boardId } = await createBoard(guarded.url, "stammtisch", "Vorlage", {
        "X-Admin-Token": "admin-token-0123456789",
      });
      const exported = await (await fetch(`${guarded.url}/api/boards/${boardId}/export.json`)).json();
      const post = (headers: Record<string, string>) =>
        fetch(`${guarded.url}/api/boards/import`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(exported),
        });
      expect((await post({})).status).toBe(403);
      expect((await post({ "X-Admin-Token": "wrong-token-0123456789" })).status).toBe(403);
      expect((await post({ "X-Admin-Token": "admin-token-0123456789" })).status).toBe(201);
    } finally {
      await guarded.stop();
      guarded.cleanup();
    }
  });
});
