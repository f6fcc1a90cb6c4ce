import { afterEach, describe, expect, it } from "vitest";
import type { Card } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { Person } from "../helpers/roleExits";
import { createBoard, serverForThisFile } from "../helpers/testServer";

/**
 * MOD-1..5 over real sockets and REST: what a waiting, rejected or hidden card, the word list and a
 * hidden name carry reaches exactly its readers, checked in the raw bytes of every exit per role.
 */
const server = serverForThisFile();
const people: Person[] = [];
afterEach(() => {
  for (const person of people.splice(0)) person.close();
});

const marker = (what: string) => `PRIVATE-${what}-${crypto.randomUUID()}`;

async function board() {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
  const url = server().url;
  const moderator = await Person.join(url, boardId, "moderator", moderatorKey);
  const author = await Person.join(url, boardId, "author");
  const other = await Person.join(url, boardId, "other");
  people.push(moderator, author, other);
  const columns = snapshot.records.filter((record) => record.type === "column").map((record) => record.id);
  const revision = async () => (await server().store.revision(boardId)) ?? 0;
  return { boardId, moderator, author, other, columns, since: await revision(), revision };
}

let cardCount = 0;
function cardAdd(
  columnId: string,
  title: string,
  authorName: string | null = "Alice",
): Extract<Op, { type: "card.add" }> {
  cardCount += 1;
  return {
    type: "card.add",
    cardId: `card-mod-${cardCount}-${crypto.randomUUID().slice(0, 8)}`,
    columnId,
    rank: `a${cardCount}`,
    authorName,
    content: { kind: "topic", title, body: "", link: null },
  };
}

const cardIn = async (person: Person, cardId: string) =>
  (await person.snapshotRecords()).find((record) => record.type === "card" && record.id === cardId) as Card | undefined;

describe("moderation (MOD-1..5)", () => {
  it("MOD-1 a participant's card waits: only its author and the moderators read it, in every exit, until approved", async () => {
    const { moderator, author, other, columns, since } = await board();
    await moderator.sendOk({ type: "moderation.approval", on: true });
    const title = marker("waiting");
    const add = cardAdd(columns[0], title);
    await author.sendOk(add);
    await moderator.sees(title);

    expect((await cardIn(author, add.cardId))?.review).toBe("waiting");
    expect(await author.everything(since)).toContain(title);
    expect(await moderator.everything(since)).toContain(title);
    expect(await other.everything(since)).not.toContain(title);

    // A moderator's own card never waits.
    const notice = marker("moderatorCard");
    await moderator.sendOk(cardAdd(columns[0], notice, null));
    await other.sees(notice);

    await moderator.sendOk({ type: "moderation.approve", cardId: add.cardId });
    await other.sees(title);
    const approved = await cardIn(other, add.cardId);
    expect(approved?.review).toBeUndefined();
    expect(approved?.audience).toBe("board");
  });

  it("MOD-1 a rejection's reason reaches the author and the moderators only; the author's edit sends it back to the queue", async () => {
    const { moderator, author, other, columns, since } = await board();
    await moderator.sendOk({ type: "moderation.approval", on: true });
    const title = marker("rejected");
    const reason = marker("reason");
    const add = cardAdd(columns[0], title);
    await author.sendOk(add);
    await moderator.sendOk({ type: "moderation.reject", cardId: add.cardId, reason });
    await author.sees(reason);

    const rejected = await cardIn(author, add.cardId);
    expect(rejected).toMatchObject({ review: "rejected", reviewReason: reason, audience: "author" });
    expect(await moderator.everything(since)).toContain(reason);
    const others = await other.everything(since);
    expect(others).not.toContain(title);
    expect(others).not.toContain(reason);

    const edit = { type: "card.edit", cardId: add.cardId, baseVersion: 1 } as const;
    await author.sendOk({ ...edit, content: { kind: "topic", title: `${title} sachlich`, body: "", link: null } });
    expect(await cardIn(moderator, add.cardId)).toMatchObject({ review: "waiting" });
    expect((await cardIn(moderator, add.cardId))?.reviewReason).toBeUndefined();
    expect(await other.everything(since)).not.toContain(title);
  });

  it("MOD-1 while approval is on, an approved card its author edits leaves the others' view until approved again", async () => {
    const { moderator, author, other, columns, revision } = await board();
    await moderator.sendOk({ type: "moderation.approval", on: true });
    const add = cardAdd(columns[0], marker("approved"));
    await author.sendOk(add);
    await moderator.sendOk({ type: "moderation.approve", cardId: add.cardId });
    await other.sees(add.content.title);
    const since = await revision();
    const changed = marker("changed");
    await author.sendOk({
      type: "card.edit",
      cardId: add.cardId,
      baseVersion: 1,
      content: { kind: "topic", title: changed, body: "", link: null },
    });
    await moderator.sees(changed);
    expect(await cardIn(other, add.cardId)).toBeUndefined();
    expect(await other.everything(since)).not.toContain(changed);
    // The others were told it went (VIS-3).
    await other.sees(`"remove":{"type":"card","id":"${add.cardId}"}`);
  });

  it("MOD-2 a listed word (case, accents, whole words) sends a card to the queue with approval off; the list is the moderators'", async () => {
    const { moderator, author, other, columns, since } = await board();
    const secretWord = marker("word");
    await moderator.sendOk({ type: "moderation.words", words: ["Müll", "böse Sache", secretWord] });
    const matching = cardAdd(columns[0], `Hier liegt MULL herum ${marker("match")}`);
    const phrase = cardAdd(columns[0], `Eine BOSE sache! ${marker("phrase")}`);
    const partOfWord = cardAdd(columns[0], `Die Müllabfuhr kommt ${marker("noMatch")}`);
    for (const add of [matching, phrase, partOfWord]) await author.sendOk(add);
    await other.sees(partOfWord.content.title);

    expect((await cardIn(moderator, matching.cardId))?.review).toBe("waiting");
    expect((await cardIn(moderator, phrase.cardId))?.review).toBe("waiting");
    expect((await cardIn(moderator, partOfWord.cardId))?.review).toBeUndefined();
    const others = await other.everything(since);
    expect(others).not.toContain(matching.content.title);
    expect(others).not.toContain(phrase.content.title);
    expect(others).not.toContain(secretWord);
    expect(await author.everything(since)).not.toContain(secretWord);
    expect(await moderator.everything(since)).toContain(secretWord);
  });

  it("MOD-3 in a hidden column participants read only their own cards; a move keeps it hidden; the reveal shows them all in one change", async () => {
    const { moderator, author, other, columns, since, revision } = await board();
    const [hidden, visible] = columns;
    await moderator.sendOk({ type: "moderation.hide", columnId: hidden, hidden: true });
    const mine = cardAdd(hidden, marker("hiddenMine"));
    const moved = cardAdd(hidden, marker("hiddenMoved"));
    const theirs = cardAdd(hidden, marker("hiddenTheirs"));
    await author.sendOk(mine);
    await author.sendOk(moved);
    await other.sendOk(theirs);
    // Moved into a column that is not hidden, it stays its author's until a reveal reaches it.
    await author.sendOk({ type: "card.move", cardId: moved.cardId, columnId: visible, rank: "z0" });
    const outside = cardAdd(visible, marker("visible"));
    await author.sendOk(outside);
    await other.sees(outside.content.title);

    const authors = await author.everything(since);
    expect(authors).toContain(mine.content.title);
    expect(authors).not.toContain(theirs.content.title);
    const others = await other.everything(since);
    expect(others).toContain(theirs.content.title);
    expect(others).not.toContain(mine.content.title);
    expect(others).not.toContain(moved.content.title);

    const beforeReveal = await revision();
    await moderator.sendOk({ type: "moderation.hide", columnId: hidden, hidden: false });
    await other.sees(mine.content.title);
    await author.sees(theirs.content.title);
    expect(await revision()).toBe(beforeReveal + 1);
    // The moved card is in a column the reveal did not name.
    expect(await other.everything(since)).not.toContain(moved.content.title);

    await moderator.sendOk({ type: "moderation.hide", columnId: null, hidden: true });
    const boardWide = cardAdd(visible, marker("boardHidden"));
    await author.sendOk(boardWide);
    await moderator.sees(boardWide.content.title);
    expect(await other.everything(since)).not.toContain(boardWide.content.title);
    await moderator.sendOk({ type: "moderation.hide", columnId: null, hidden: false });
    await other.sees(boardWide.content.title);
    await other.sees(moved.content.title);
  });

  it("MOD-1 MOD-3 a visible card moved into a hidden column stays visible, a moderator's card there is not hidden, a card hidden and waiting needs both", async () => {
    const { moderator, author, other, columns, since } = await board();
    const [hidden, open] = columns;
    const visible = cardAdd(open, marker("alreadySeen"));
    await author.sendOk(visible);
    await moderator.sendOk({ type: "moderation.hide", columnId: hidden, hidden: true });
    await author.sendOk({ type: "card.move", cardId: visible.cardId, columnId: hidden, rank: "b0" });
    const prompt = cardAdd(hidden, marker("moderatorPrompt"), null);
    await moderator.sendOk(prompt);
    await other.sees(prompt.content.title);
    expect((await cardIn(other, visible.cardId))?.columnId).toBe(hidden);

    await moderator.sendOk({ type: "moderation.approval", on: true });
    const both = cardAdd(hidden, marker("hiddenAndWaiting"));
    await author.sendOk(both);
    await moderator.sendOk({ type: "moderation.approve", cardId: both.cardId });
    expect(await cardIn(author, both.cardId)).toMatchObject({ hiddenUntilReveal: true, audience: "author" });
    expect(await other.everything(since)).not.toContain(both.content.title);
    await moderator.sendOk({ type: "moderation.hide", columnId: hidden, hidden: false });
    await other.sees(both.content.title);
  });

  it("MOD-4 a locked column or board is read-only for participants (typed `locked`, REST 423), moderators still write; lockAt is server time", async () => {
    const { boardId, moderator, author, columns } = await board();
    const [locked, open] = columns;
    const before = cardAdd(locked, "Vorher");
    await author.sendOk(before);
    await moderator.sendOk({ type: "moderation.lock", columnId: locked, locked: true, lockAt: null });

    const refusals = await Promise.all([
      author.send(cardAdd(locked, "Zu spät")),
      author.send({ type: "card.edit", cardId: before.cardId, baseVersion: 1, content: before.content }),
      author.send({ type: "card.move", cardId: before.cardId, columnId: open, rank: "z0" }),
      author.send({ type: "card.remove", cardId: before.cardId }),
    ]);
    for (const answer of refusals) expect(answer).toMatchObject({ ok: false, problem: { code: "locked" } });
    const elsewhere = cardAdd(open, "Woanders");
    await author.sendOk(elsewhere);
    // Into the locked column from elsewhere: refused too.
    expect(
      await author.send({ type: "card.move", cardId: elsewhere.cardId, columnId: locked, rank: "z1" }),
    ).toMatchObject({ ok: false, problem: { code: "locked" } });
    await moderator.sendOk(cardAdd(locked, "Moderation darf"));

    const rest = await fetch(`${server().url}/api/boards/${boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-author-token": author.authorToken },
      body: JSON.stringify({ columnId: locked, content: { kind: "topic", title: "Per REST" } }),
    });
    expect(rest.status).toBe(423);
    expect(await rest.json()).toMatchObject({ error: { code: "locked" } });

    // The board from an hour on: not yet; from a moment ago: now.
    await moderator.sendOk({ type: "moderation.lock", columnId: locked, locked: false, lockAt: null });
    await moderator.sendOk({ type: "moderation.lock", columnId: null, locked: true, lockAt: Date.now() + 3_600_000 });
    await author.sendOk(cardAdd(open, "Noch offen"));
    await moderator.sendOk({ type: "moderation.lock", columnId: null, locked: true, lockAt: Date.now() - 1 });
    expect(await author.send(cardAdd(open, "Jetzt zu"))).toMatchObject({ ok: false, problem: { code: "locked" } });
    await moderator.sendOk({ type: "moderation.lock", columnId: null, locked: false, lockAt: null });
    await author.sendOk(cardAdd(open, "Wieder offen"));
  });

  it("MOD-5 hidden names reach their author alone, moderators included, in every exit; shown again they reach everyone", async () => {
    const { moderator, author, other, columns, since } = await board();
    await moderator.sendOk({ type: "moderation.names", shown: false });
    const name = marker("name");
    const add = cardAdd(columns[0], "Radwege", name);
    await author.sendOk(add);
    await other.sees(add.cardId);
    await moderator.sees(add.cardId);

    expect(await author.everything(since)).toContain(name);
    expect(await other.everything(since)).not.toContain(name);
    expect(await moderator.everything(since)).not.toContain(name);
    expect((await cardIn(other, add.cardId))?.authorName).toBeNull();

    await moderator.sendOk({ type: "moderation.names", shown: true });
    await other.sees(name);
    await moderator.sees(name);
  });

  it("MOD-1 MOD-3 a board made from a moderator's export (import, duplicate) holds no waiting, rejected or hidden card", async () => {
    const { moderator, author, columns } = await board();
    const shown = cardAdd(columns[0], "Freigegeben");
    await author.sendOk(shown);
    await moderator.sendOk({ type: "moderation.approval", on: true });
    const waiting = cardAdd(columns[0], marker("importWaiting"));
    await author.sendOk(waiting);
    await moderator.sendOk({ type: "moderation.approval", on: false });
    await moderator.sendOk({ type: "moderation.hide", columnId: columns[1], hidden: true });
    const hidden = cardAdd(columns[1], marker("importHidden"));
    await author.sendOk(hidden);

    const exported = await (
      await fetch(`${server().url}/api/boards/${moderator.boardId}/export.json`, {
        headers: { "x-moderator-key": moderator.moderatorKey ?? "" },
      })
    ).text();
    expect(exported).toContain(waiting.content.title);
    const imported = await fetch(`${server().url}/api/boards/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: exported,
    });
    expect(imported.status).toBe(201);
    const { boardId } = (await imported.json()) as { boardId: string };
    const copy = JSON.stringify(await server().store.readBoard(boardId));
    expect(copy).toContain("Freigegeben");
    expect(copy).not.toContain(waiting.content.title);
    expect(copy).not.toContain(hidden.content.title);
  });

  it("MOD-1 MOD-3 participants cannot publish a waiting or hidden card by merging it into a visible one; settings are moderators' ops", async () => {
    const { moderator, author, columns } = await board();
    const visible = cardAdd(columns[0], "Sichtbar");
    await author.sendOk(visible);
    await moderator.sendOk({ type: "moderation.approval", on: true });
    const waiting = cardAdd(columns[0], marker("waitingMerge"));
    await author.sendOk(waiting);
    expect(
      await author.send({ type: "card.merge", cardId: visible.cardId, mergedCardId: waiting.cardId }),
    ).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    for (const op of [
      { type: "moderation.approval", on: false },
      { type: "moderation.approve", cardId: waiting.cardId },
      { type: "moderation.lock", columnId: null, locked: true, lockAt: null },
    ] as const) {
      expect(await author.send(op)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    }
  });
});
