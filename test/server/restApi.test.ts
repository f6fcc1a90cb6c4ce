import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import { LIMITS } from "../../shared/limits";
import type { BoardSnapshot } from "../../shared/model";
import { connected, join, rawClient, waitFor } from "../helpers/clients";
import { boardContents, boardIn, cardsIn, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server().url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const topic = (title: string) => ({ kind: "topic", title, body: "", link: null });

describe("REST API", () => {
  it("API-1 BOARD-1 BOARD-2 creates a board from the Stammtisch template with unguessable links", async () => {
    const created = await createBoard(server().url, "stammtisch", "Lausitz-Runde");
    expect(columnsIn(created.snapshot).map((c) => c.title)).toEqual([
      "Klimaschutz & Energiewende",
      "Mobilität und lokale Infrastruktur",
      "Nachhaltiges Wirtschaften",
      "Strukturwandel-Strukturen",
      "Engagement und Zivilgesellschaft",
      "…und mehr",
    ]);
    expect(created.boardId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(created.moderatorKey, "base64url").length).toBe(32);
    expect(created.participantUrl).toBe(`${server().url}/b/${created.boardId}`);
    expect(created.moderatorUrl).toBe(`${server().url}/b/${created.boardId}#key=${created.moderatorKey}`);
    expect(server().store.moderatorKeyHash(created.boardId)).not.toContain(created.moderatorKey);
    const empty = await createBoard(server().url, "empty");
    expect(columnsIn(empty.snapshot)).toEqual([]);
  });

  it("API-2 serves a board snapshot with its revision, and unknown_board for a wrong id", async () => {
    const { boardId } = await createBoard(server().url);
    const response = await fetch(`${server().url}/api/boards/${boardId}`);
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as BoardSnapshot;
    expect(snapshot).toMatchObject({ boardId, revision: 0 });
    expect(boardIn(snapshot)).toMatchObject({ id: boardId, title: "Stammtisch" });
    expect(columnsIn(snapshot)).toHaveLength(6);
    expect(cardsIn(snapshot)).toEqual([]);
    // Compressed once per revision for browsers; the same JSON for a client that takes no encoding.
    const asBrowser = await fetch(`${server().url}/api/boards/${boardId}`, {
      headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    });
    expect(asBrowser.headers.get("content-encoding")).toBe("br");
    expect(await asBrowser.json()).toEqual(snapshot);
    const plain = await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.json()).toEqual(snapshot);
    const gzipped = await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(await gzipped.json()).toEqual(snapshot);
    for (const id of ["nope", "does-not-exist-at-all", "a".repeat(300)]) {
      const missing = await fetch(`${server().url}/api/boards/${id}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: "unknown_board" } });
    }
  });

  it("API-3 SYNC-2 a card posted over HTTP goes through the op log and reaches sockets live", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const socket = await connected(rawClient(server().url));
    const received: Committed[] = [];
    socket.on("changes", (batch) => received.push(...batch));
    await join(socket, { boardId, since: null });
    const columnId = columnsIn(snapshot)[2].id;
    const response = await post(
      `/api/boards/${boardId}/cards`,
      { columnId, authorName: "Skript", content: topic("Import") },
      { "Idempotency-Key": "import-0001" },
    );
    expect(response.status).toBe(201);
    const committed = (await response.json()) as Committed;
    expect(committed).toMatchObject({
      revision: 1,
      opId: "import-0001",
      writes: [{ put: { type: "card", columnId, authorId: null } }],
    });
    await waitFor(() => received.length === 1, "the broadcast");
    expect(received[0]).toEqual(committed);

    const retry = await post(
      `/api/boards/${boardId}/cards`,
      { columnId, authorName: "Skript", content: topic("Import") },
      { "Idempotency-Key": "import-0001" },
    );
    expect(await retry.json()).toEqual(committed);
    const second = (await (
      await post(`/api/boards/${boardId}/cards`, { columnId, authorName: null, content: topic("Zweite") })
    ).json()) as Committed;
    expect(second.revision).toBe(2);
    const cards = (await boardContents(server().store, boardId))?.cards ?? [];
    expect(cards).toHaveLength(2);
    const [a, b] = cards.sort((x, y) => (x.rank < y.rank ? -1 : 1));
    expect([a.content.title, b.content.title]).toEqual(["Import", "Zweite"]);
    socket.close();
  });

  it("VAL-7 API-3 a card posted with its optional fields left out is created with their defaults", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    // Neither text nor link, nor an author name: each may be omitted, not only set to null or "".
    const response = await post(`/api/boards/${boardId}/cards`, {
      columnId,
      content: { kind: "topic", title: "Nur ein Titel" },
    });
    expect(response.status).toBe(201);
    const withLinkOnly = await post(`/api/boards/${boardId}/cards`, {
      columnId,
      content: { kind: "topic", title: "Mit Link", link: "https://example.org/idee" },
    });
    expect(withLinkOnly.status).toBe(201);
    const cards = (await boardContents(server().store, boardId))?.cards ?? [];
    expect(cards.map((card) => ({ content: card.content, authorName: card.authorName }))).toEqual(
      expect.arrayContaining([
        { content: { kind: "topic", title: "Nur ein Titel", body: "", link: null }, authorName: null },
        { content: { kind: "topic", title: "Mit Link", body: "", link: "https://example.org/idee" }, authorName: null },
      ]),
    );
  });

  it("VAL-1 VAL-3 answers bad bodies with typed errors and changes nothing", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const cases: [string, unknown, number, string, Record<string, string>?][] = [
      ["/api/boards", "{not json", 400, "invalid_input"],
      ["/api/boards", { title: "x", extra: 1 }, 400, "invalid_input"],
      ["/api/boards", { title: "t".repeat(LIMITS.boardTitle + 1) }, 400, "invalid_input"],
      [`/api/boards/${boardId}/cards`, { columnId, content: topic("") }, 400, "invalid_input"],
      [
        `/api/boards/${boardId}/cards`,
        { columnId, content: { ...topic("x"), link: "javascript:alert(1)" } },
        400,
        "invalid_input",
      ],
      [`/api/boards/${boardId}/cards`, { columnId: "col-missing-1", content: topic("x") }, 404, "not_found"],
      [
        `/api/boards/${boardId}/cards`,
        { columnId, content: topic("x") },
        403,
        "forbidden",
        { "X-Moderator-Key": "wrong" },
      ],
      [
        `/api/boards/${boardId}/cards`,
        { columnId, content: topic("x") },
        400,
        "invalid_input",
        { "Idempotency-Key": "bad key!" },
      ],
      ["/api/boards/unknown-board-id/cards", { columnId, content: topic("x") }, 404, "unknown_board"],
      [
        `/api/boards/${boardId}/cards`,
        { columnId, content: { ...topic("x"), body: "b".repeat(LIMITS.payloadBytes) } },
        413,
        "payload_too_large",
      ],
    ];
    for (const [path, body, status, code, headers] of cases) {
      const response = await post(path, body, headers);
      expect(response.status, `${path} ${JSON.stringify(body).slice(0, 60)}`).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code, message: expect.any(String) } });
    }
    expect(await boardContents(server().store, boardId)).toMatchObject({ revision: 0, cards: [] });
    expect((await fetch(`${server().url}/api/nothing-here`)).status).toBe(404);
  });

  it("API-4 reports health", async () => {
    const response = await fetch(`${server().url}/api/health`);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", instance: expect.any(String) });
  });
});
