import { afterEach, describe, expect, it } from "vitest";
import type { Op } from "../../shared/ops";
import { Person } from "../helpers/roleExits";
import { createBoard, serverForThisFile } from "../helpers/testServer";

/**
 * MOD-8 over real sockets: a participant who knows the id of a card they may not read (someone
 * else's waiting, rejected or hidden card) gets for every op on it the very answer a card that does
 * not exist gets, and nothing changes; the card's author and the moderators still act on it.
 */
const server = serverForThisFile();
const people: Person[] = [];
afterEach(() => {
  for (const person of people.splice(0)) person.close();
});

let cardCount = 0;
function cardAdd(columnId: string, title: string): Extract<Op, { type: "card.add" }> {
  cardCount += 1;
  return {
    type: "card.add",
    cardId: `card-unreadable-${cardCount}-${crypto.randomUUID().slice(0, 8)}`,
    columnId,
    rank: `a${cardCount}`,
    authorName: "Alice",
    content: { kind: "topic", title, body: "", link: null },
  };
}

/** A board with likes on, a round open, and one card of the author's each waiting, rejected and hidden. */
async function boardWithUnreadableCards() {
  const url = server().url;
  const { boardId, moderatorKey, snapshot } = await createBoard(url);
  const moderator = await Person.join(url, boardId, "moderator", moderatorKey);
  const author = await Person.join(url, boardId, "author");
  const other = await Person.join(url, boardId, "other");
  people.push(moderator, author, other);
  const [first, second] = snapshot.records.filter((record) => record.type === "column").map((record) => record.id);
  const since = (await server().store.revision(boardId)) ?? 0;

  await moderator.sendOk({ type: "likes.configure", enabled: true });
  await moderator.sendOk({
    type: "votingRound.open",
    roundId: "round-unreadable",
    tallyId: "tally-unreadable",
    title: "",
    votesPerPerson: 9,
    maxPerCard: 3,
    anonymous: true,
    results: "live",
    columnIds: null,
  });
  const othersOwn = cardAdd(first, "Sichtbar");
  await other.sendOk(othersOwn);

  await moderator.sendOk({ type: "moderation.approval", on: true });
  const waiting = cardAdd(first, "Wartet");
  const rejected = cardAdd(first, "Abgelehnt");
  await author.sendOk(waiting);
  await author.sendOk(rejected);
  await moderator.sendOk({ type: "moderation.reject", cardId: rejected.cardId, reason: "Bitte sachlich" });
  await moderator.sendOk({ type: "moderation.approval", on: false });
  await moderator.sendOk({ type: "moderation.hide", columnId: second, hidden: true });
  const hidden = cardAdd(second, "Verborgen");
  await author.sendOk(hidden);
  await moderator.sees(hidden.cardId);

  const unreadable = [waiting.cardId, rejected.cardId, hidden.cardId];
  return { moderator, author, other, first, othersOwn: othersOwn.cardId, unreadable, since };
}

let opCount = 0;
/** Every op a participant may send about someone else's card, aimed at `cardId`. */
function opsOn(cardId: string, othersOwn: string, columnId: string): Op[] {
  opCount += 1;
  return [
    { type: "like.add", likeId: `like-unreadable-${opCount}`, cardId },
    {
      type: "vote.cast",
      roundId: "round-unreadable",
      cardId,
      ballotId: `ballot-unreadable-${opCount}`,
      voterName: null,
    },
    {
      type: "card.edit",
      cardId,
      baseVersion: 1,
      content: { kind: "topic", title: "Übernommen", body: "", link: null },
    },
    { type: "card.move", cardId, columnId, rank: "z9" },
    { type: "card.remove", cardId },
    { type: "card.merge", cardId: othersOwn, mergedCardId: cardId },
    { type: "card.merge", cardId, mergedCardId: othersOwn },
  ];
}

describe("cards a participant may not read (MOD-8)", () => {
  it("MOD-8 MOD-1 MOD-3 likes, votes and changes of another's waiting, rejected or hidden card get the answer of a card that does not exist, and change nothing", async () => {
    const { other, first, othersOwn, unreadable, since } = await boardWithUnreadableCards();
    const missing = `card-unreadable-missing-${crypto.randomUUID().slice(0, 8)}`;
    const answersFor = async (cardId: string) => {
      const answers = [];
      for (const op of opsOn(cardId, othersOwn, first)) answers.push({ op: op.type, answer: await other.send(op) });
      return answers;
    };
    const forMissing = await answersFor(missing);
    for (const { answer } of forMissing) expect(answer).toMatchObject({ ok: false, problem: { code: "not_found" } });
    for (const cardId of unreadable) expect(await answersFor(cardId)).toEqual(forMissing);

    // No like count, tally or ballot ever named the cards to this participant.
    const seen = await other.everything(since);
    for (const cardId of unreadable) expect(seen).not.toContain(cardId);
  });

  it("MOD-8 the card's author and the moderators still like and vote on a card others cannot read", async () => {
    const { moderator, author, unreadable } = await boardWithUnreadableCards();
    const [waiting, rejected, hidden] = unreadable;
    await author.sendOk({ type: "like.add", likeId: "like-by-author", cardId: waiting });
    await author.sendOk({
      type: "vote.cast",
      roundId: "round-unreadable",
      cardId: hidden,
      ballotId: "ballot-by-author",
      voterName: null,
    });
    await moderator.sendOk({ type: "like.add", likeId: "like-by-moderator", cardId: rejected });
    await moderator.sendOk({
      type: "vote.cast",
      roundId: "round-unreadable",
      cardId: hidden,
      ballotId: "ballot-by-moderator",
      voterName: null,
    });
  });
});
