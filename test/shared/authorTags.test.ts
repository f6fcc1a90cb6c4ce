import { describe, expect, it } from "vitest";
import { applyOp } from "../../shared/applyOp";
import { applyCommitted, type BoardState, stateFromSnapshot } from "../../shared/boardState";
import { authorTagOf, isAuthorOf, recordsOfAuthor, withAuthorTag } from "../../shared/core/authorTags";
import { allRecords } from "../../shared/core/recordState";
import { viewOf } from "../../shared/core/recordView";
import { recordsFor } from "../../shared/core/visibility";
import type { Actor } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { mayChangeCard } from "../../shared/permissions";
import { redactRecord } from "../../shared/recordTypes";
import { addCardOp, alice, bob, card, meetingAddOp, moderator, sampleState } from "../helpers/fixtures";

const HASH = "ab".repeat(32);

describe("author tags (ANON-1, ANON-2)", () => {
  it("ANON-1 one author's records get unrelated tags, none of them the author id; the same record keeps its tag", () => {
    const author = "KS73zxy-vVopvnTk0ar843";
    const tags = [
      authorTagOf(author, { type: "card", id: "card-0001" }),
      authorTagOf(author, { type: "card", id: "card-0002" }),
      authorTagOf(author, { type: "businessCard", id: "card-0001" }),
      authorTagOf("another-author-000001", { type: "card", id: "card-0001" }),
    ];
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of tags) expect(tag).toMatch(/^~[A-Za-z0-9_-]{12}$/);
    expect(tags.some((tag) => tag.includes(author))).toBe(false);
    expect(authorTagOf(author, { type: "card", id: "card-0001" })).toBe(tags[0]);
    // A record without an author stays without one.
    expect(withAuthorTag(card("card-0003", "col-aaaa", "a0", null)).authorId).toBeNull();
  });

  it("ANON-2 a browser recognises its own records by their tags (and its own predictions by the real id), nobody else's", () => {
    const own = card("card-0001", "col-aaaa", "a0", alice.authorId);
    const shown = withAuthorTag(own);
    expect(shown.authorId).not.toBe(alice.authorId);
    expect(isAuthorOf(shown, alice.authorId)).toBe(true);
    expect(isAuthorOf(own, alice.authorId)).toBe(true);
    expect(isAuthorOf(shown, bob.authorId)).toBe(false);
    expect(isAuthorOf(own, bob.authorId)).toBe(false);
    expect(isAuthorOf(shown, null)).toBe(false);
    // Asked again for another author, the answer is not the one remembered for the first.
    expect(isAuthorOf(shown, alice.authorId)).toBe(true);
    expect(mayChangeCard(alice, shown)).toBe(true);
    expect(mayChangeCard(bob, shown)).toBe(false);
    expect(mayChangeCard(moderator, shown)).toBe(true);
  });

  it("ANON-2 every shared rule decides alike on the records a browser received (tags) and on the server's (real ids)", () => {
    const run = (state: BoardState, op: unknown, actor: Actor) =>
      applyOp(viewOf(state), OpSchema.parse(op) as Op, actor, 1_000);
    let stored = sampleState();
    const setUp: [unknown, Actor][] = [
      [meetingAddOp({ meetingId: "meet-0001" }), moderator],
      [addCardOp("card-alice-9", "col-aaaa", "a5"), alice],
      [
        {
          type: "businessCard.publish",
          cardId: "bcard-alice-1",
          name: "Alice",
          consent: { text: "Ja.", given: true },
          editKeyHash: HASH,
        },
        alice,
      ],
      [
        { type: "registration.add", registrationId: "reg-alice-1", meetingId: "meet-0001", name: "A", email: "a@b.de" },
        alice,
      ],
      [{ type: "calendarFeed.add", feedId: "feed-alice-1", secretHash: HASH }, alice],
      [
        { type: "impulse.offer", impulseId: "imp-alice-01", title: "T", presenterName: "A", contactEmail: "a@b.de" },
        alice,
      ],
    ];
    for (const [op, actor] of setUp) {
      const outcome = run(stored, op, actor);
      if (!outcome.ok) throw new Error(outcome.problem.message);
      stored = applyCommitted(stored, outcome);
    }
    const received = (viewer: Actor) =>
      stateFromSnapshot({ records: recordsFor(allRecords(stored), viewer, redactRecord) });

    const probes: unknown[] = [
      { type: "card.edit", cardId: "card-alice-9", baseVersion: 1, content: { kind: "topic", title: "X" } },
      { type: "card.move", cardId: "card-alice-9", columnId: "col-bbbb", rank: "a0" },
      { type: "card.remove", cardId: "card-alice-9" },
      {
        type: "businessCard.publish",
        cardId: "bcard-second",
        name: "B",
        consent: { text: "Ja.", given: true },
        editKeyHash: HASH,
      },
      { type: "businessCard.update", cardId: "bcard-alice-1", name: "Alice L.", baseVersion: 1 },
      { type: "businessCard.remove", cardId: "bcard-alice-1" },
      { type: "registration.add", registrationId: "reg-second", meetingId: "meet-0001", name: "A", email: "a@b.de" },
      { type: "registration.cancel", registrationId: "reg-alice-1" },
      { type: "calendarFeed.add", feedId: "feed-second", secretHash: HASH },
      { type: "calendarFeed.remove", feedId: "feed-alice-1" },
      {
        type: "impulse.edit",
        impulseId: "imp-alice-01",
        baseVersion: 1,
        title: "U",
        presenterName: "A",
        contactEmail: "a@b.de",
      },
      { type: "impulse.withdraw", impulseId: "imp-alice-01" },
    ];
    const decision = (outcome: ReturnType<typeof run>) =>
      outcome.ok
        ? outcome.writes.map((write) => ("remove" in write ? `-${write.remove.id}` : `+${write.put.id}`))
        : outcome.problem.code;
    // Bob's browser holds none of Alice's private records: what counts for him is that he is refused.
    const decisionFor = (actor: Actor, outcome: ReturnType<typeof run>) =>
      actor === bob && !outcome.ok ? "refused" : decision(outcome);
    for (const actor of [alice, bob]) {
      const browser = received(actor);
      for (const probe of probes) {
        expect(decisionFor(actor, run(browser, probe, actor)), `${actor.authorId}: ${JSON.stringify(probe)}`).toEqual(
          decisionFor(actor, run(stored, probe, actor)),
        );
      }
    }
    // The browser finds its own records among tagged ones, as the server does by the real id.
    const browser = viewOf(received(alice));
    expect(recordsOfAuthor(browser, "calendarFeed", alice.authorId ?? "").map((feed) => feed.id)).toEqual([
      "feed-alice-1",
    ]);
    expect(recordsOfAuthor(browser, "businessCard", bob.authorId ?? "")).toEqual([]);
  });
});
