import { generateNKeysBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "../../server/auth/secrets";
import { suggestClusters } from "../../server/features/clusterSuggestions";
import { MAX_CARDS } from "../../server/features/clusterSuggestions/route";
import { languageOf, tokensOf } from "../../server/features/clusterSuggestions/tokens";
import type { ClusterSuggestionsAnswer } from "../../shared/api";
import { newId } from "../../shared/ids";
import type { Card } from "../../shared/model";
import { newBoardRecords } from "../../shared/templates";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const card = (id: string, title: string, body = "") => ({ id, title, body });

describe("suggested clusters, the method (SUG-1, SUG-3)", () => {
  it("SUG-1 groups cards that share their topic's words, leaves a card of its own alone and labels the group with written words", () => {
    const result = suggestClusters([
      card("a", "Sichere Radwege zur Schule", "Eltern lassen die Kinder nicht mit dem Rad fahren."),
      card("b", "Radweg zwischen den Dörfern", "Die Schulkinder fahren auf der Straße."),
      card("c", "Hundewiese im Stadtpark"),
      card("d", "Radwege an der Bundesstraße bauen"),
      card("e", "Öffentliche Toiletten am Markt"),
    ]);
    expect(result.suggestions).toHaveLength(1);
    const [group] = result.suggestions;
    expect(group.cardIds).toEqual(expect.arrayContaining(["a", "b"]));
    expect(group.cardIds).not.toContain("c");
    expect(group.cardIds).not.toContain("e");
    // The label shows a word as someone wrote it, not its stem ("radweg").
    expect(group.label.split(", ")).toContain("Radwege");
  });

  it("SUG-1 finds the shared part of compounds (Radverkehr / Verkehrswende) through character n-grams", () => {
    const cards = [
      card("a", "Radverkehr stärken", "Verkehrswende jetzt"),
      card("b", "Verkehrswende im Radverkehr"),
      card("c", "Wolfsmanagement", "Schäfer brauchen Herdenschutz"),
    ];
    const withGrams = suggestClusters(cards);
    expect(withGrams.suggestions.map((group) => group.cardIds)).toEqual([["a", "b"]]);
  });

  it("SUG-3 flags near-duplicates: the same proposal in other words, never two cards that merely share a topic", () => {
    const result = suggestClusters([
      card("a", "Umschulung für Beschäftigte aus der Kohle", "Weiterbildung für Bergleute in neue Berufe."),
      card("b", "Weiterbildung für Beschäftigte der Kraftwerke", "Die Leute brauchen eine Umschulung für neue Berufe."),
      card("c", "Neue Arbeitsplätze nach dem Kohleausstieg", "Was kommt, wenn die Kraftwerke schließen?"),
      card("d", "Hundewiese im Stadtpark"),
    ]);
    expect(result.duplicates).toEqual([["a", "b"]]);
  });

  it("SUG-1 SUG-3 a board of many copies of one card gets groups of at most 12 and the 100 most alike pairs", () => {
    const copies = Array.from({ length: 30 }, (_, index) => card(`copy-${index}`, "Radweg zur Schule bauen"));
    const result = suggestClusters(copies);
    expect(result.suggestions.map((group) => group.cardIds.length)).toEqual([12, 12, 6]);
    expect(result.duplicates).toHaveLength(100);
  });

  it("SUG-1 stems an English card with the English stemmer (housing / houses), a German one with the German", () => {
    expect(languageOf("Affordable housing for young families")).toBe("en");
    expect(languageOf("Bezahlbarer Wohnraum für die Familien")).toBe("de");
    expect(tokensOf("housing houses", "en").map((token) => token.stem)).toEqual(["hous", "hous"]);
    const result = suggestClusters([
      card("a", "Affordable housing for young families", "Rents in the old town are too high."),
      card("b", "More houses for families", "Young families cannot find a flat they can afford."),
      card("c", "Hundewiese im Stadtpark"),
      card("d", "Bezahlbarer Wohnraum für Familien"),
    ]);
    expect(result.suggestions.map((group) => group.cardIds)).toEqual([["a", "b"]]);
  });

  it("SUG-1 suggests nothing for an empty board, one card, cards without words or the same stop words only", () => {
    expect(suggestClusters([])).toEqual({ suggestions: [], duplicates: [] });
    expect(suggestClusters([card("a", "Radwege")])).toEqual({ suggestions: [], duplicates: [] });
    const empty = suggestClusters([card("a", "?!"), card("b", "…"), card("c", "Wir brauchen mehr"), card("d", "mehr")]);
    expect(empty).toEqual({ suggestions: [], duplicates: [] });
  });
});

async function boardWithCards() {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url, "stammtisch");
  const [first, second] = columnsIn(snapshot);
  const texts: [string, string, string][] = [
    [first.id, "Sichere Radwege zur Schule", "Eltern lassen die Kinder nicht mit dem Rad fahren."],
    [first.id, "Radweg zwischen den Dörfern", "Die Schulkinder fahren auf der Straße."],
    [second.id, "Radwege an der Bundesstraße", "Schulkinder fahren gefährlich."],
    [second.id, "Hundewiese im Stadtpark", ""],
  ];
  const ids = texts.map((_, index) => `card-${boardId.slice(0, 8)}-${index}`);
  for (const [index, [columnId, title, body]] of texts.entries()) {
    const response = await fetch(`${server().url}/api/boards/${boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ columnId, cardId: ids[index], content: { kind: "topic", title, body, link: null } }),
    });
    expect(response.status).toBe(201);
  }
  return { boardId, moderatorKey, ids, columns: [first.id, second.id] };
}

const ask = (boardId: string, headers: Record<string, string>, body?: string) =>
  fetch(`${server().url}/api/boards/${boardId}/cluster-suggestions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describe("POST /api/boards/:boardId/cluster-suggestions (SUG-2)", () => {
  it("SUG-2 answers a moderator the board's suggestions, or one column's, and changes nothing", async () => {
    const { boardId, moderatorKey, ids, columns } = await boardWithCards();
    const before = await server().store.readBoard(boardId);

    const whole = await ask(boardId, { "X-Moderator-Key": moderatorKey }, "{}");
    expect(whole.status).toBe(200);
    expect(whole.headers.get("cache-control")).toBe("private, no-store");
    const answer = (await whole.json()) as ClusterSuggestionsAnswer;
    expect(answer.suggestions).toHaveLength(1);
    expect(answer.suggestions[0].cardIds.sort()).toEqual(ids.slice(0, 3).sort());
    expect(answer.suggestions[0].label).toEqual(expect.any(String));
    expect(answer.duplicates).toEqual(expect.any(Array));

    const column = await ask(boardId, { "X-Moderator-Key": moderatorKey }, JSON.stringify({ columnId: columns[1] }));
    const inColumn = (await column.json()) as ClusterSuggestionsAnswer;
    expect(inColumn.suggestions.flatMap((group) => group.cardIds).every((id) => ids.slice(2).includes(id))).toBe(true);

    // A script may also send no body at all.
    expect((await ask(boardId, { "X-Moderator-Key": moderatorKey })).status).toBe(200);

    const after = await server().store.readBoard(boardId);
    expect(after?.revision).toBe(before?.revision);
    expect(after?.records).toEqual(before?.records);
  });

  it("SUG-2 refuses participants and wrong keys with a typed problem, and bad bodies as invalid_input", async () => {
    const { boardId, moderatorKey } = await boardWithCards();
    const refusedHeaders: Record<string, string>[] = [{}, { "X-Moderator-Key": "x".repeat(43) }];
    for (const headers of refusedHeaders) {
      const refused = await ask(boardId, headers, "{}");
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    const moderator = { "X-Moderator-Key": moderatorKey };
    for (const body of ['{"columnId": 5}', '{"column": "abc"}', '{"columnId": "not an id!"}', "[]"]) {
      const bad = await ask(boardId, moderator, body);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: "invalid_input" } });
    }
    const unknownColumn = await ask(boardId, moderator, JSON.stringify({ columnId: "col-unknown-0001" }));
    expect(unknownColumn.status).toBe(404);
    expect(await unknownColumn.json()).toMatchObject({ error: { code: "not_found" } });
    const unknownBoard = await ask("board-unknown-0001", moderator, "{}");
    expect(unknownBoard.status).toBe(404);
    expect(await unknownBoard.json()).toMatchObject({ error: { code: "unknown_board" } });
  });

  it("SUG-2 a request for more than 2,000 cards is refused as limit_reached and names the way out (a column)", async () => {
    const boardId = newId();
    const columns = [newId(), newId()];
    const moderatorKey = newSecret();
    const createdAt = Date.now();
    const count = MAX_CARDS + 1;
    const ranks = generateNKeysBetween(null, null, count);
    const cards = ranks.map(
      (rank, index): Card => ({
        type: "card",
        id: `card-many-${index}`,
        version: 1,
        audience: "board",
        authorId: null,
        columnId: columns[index % 2],
        rank,
        authorName: null,
        content: { kind: "topic", title: `Radweg Nummer ${index}`, body: "", link: null },
        createdAt,
        updatedAt: createdAt,
      }),
    );
    await server().store.createBoard({
      id: boardId,
      moderatorKeyHash: hashSecret(moderatorKey),
      records: [
        ...newBoardRecords({ id: boardId, title: "Viele Karten", description: "", createdAt }, [
          { id: columns[0], title: "Eins", rank: "a0" },
          { id: columns[1], title: "Zwei", rank: "a1" },
        ]),
        ...cards,
      ],
      createdAt,
    });
    const moderator = { "X-Moderator-Key": moderatorKey };
    const refused = await ask(boardId, moderator, "{}");
    expect(refused.status).toBe(422);
    const { error } = (await refused.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("limit_reached");
    expect(error.message).toContain("columnId");
    // One column's half is within the limit.
    const column = await ask(boardId, moderator, JSON.stringify({ columnId: columns[0] }));
    expect(column.status).toBe(200);
  });
});
