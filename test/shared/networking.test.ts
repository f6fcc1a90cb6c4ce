import { describe, expect, it } from "vitest";
import { applyOp, type OpOutcome } from "../../shared/applyOp";
import { applyCommitted, type BoardState } from "../../shared/boardState";
import { putWrite } from "../../shared/core/records";
import { viewOf } from "../../shared/core/recordView";
import { audiencesOf, recordsFor, viewerOfAudience, writesFor } from "../../shared/core/visibility";
import {
  type BusinessCard,
  type BusinessCardClaimOp,
  networkingRules,
  WALL_SETTINGS_ID,
  type WallSettings,
} from "../../shared/features/networking";
import { LIMITS } from "../../shared/limits";
import type { Actor } from "../../shared/model";
import { type Op, OpRequestSchema, OpSchema } from "../../shared/ops";
import { authorSeesMore, hidesFromModerators, redactRecord } from "../../shared/recordTypes";
import { alice, bob, moderator, sampleState } from "../helpers/fixtures";

const HASH = "ab".repeat(32);
const OTHER_HASH = "cd".repeat(32);
const CARD = "bcard-alice-1";

const run = (state: BoardState, op: Op | BusinessCardClaimOp, actor: Actor, now = 1_000): OpOutcome =>
  applyOp(viewOf(state), op.type === "businessCard.claim" ? op : OpSchema.parse(op), actor, now);
function apply(state: BoardState, op: Op | BusinessCardClaimOp, actor: Actor, now = 1_000): BoardState {
  const outcome = run(state, op, actor, now);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return applyCommitted(state, outcome);
}

const publishOp = (cardId = CARD, extra: Record<string, unknown> = {}): Op =>
  ({
    type: "businessCard.publish",
    cardId,
    name: "Jürgen Müßig",
    organisation: "Bürgerenergie Lausitz",
    region: "Cottbus",
    topics: ["Wärme", "wärme", "Bildung"],
    contact: {
      email: { value: "juergen@example.org", visibility: "moderators" },
      phone: { value: "+49 355 12345", visibility: "nobody" },
      website: { value: "https://example.org", visibility: "board" },
    },
    consent: { text: "Ich bin einverstanden.", given: true },
    editKeyHash: HASH,
    ...extra,
  }) as Op;

const cardIn = (state: BoardState, id = CARD) => state.businessCard?.[id] as BusinessCard;

describe("business cards (NET-1, NET-3)", () => {
  it("NET-1 a participant publishes a card: author, consent with the server's time, edit key hash, tags without repeats", () => {
    const state = apply(sampleState(), publishOp(), alice, 5_000);
    expect(cardIn(state)).toMatchObject({
      type: "businessCard",
      audience: "board",
      authorId: alice.authorId,
      version: 1,
      name: "Jürgen Müßig",
      topics: ["Wärme", "Bildung"],
      role: "",
      fieldsOfWork: [],
      consent: { text: "Ich bin einverstanden.", at: 5_000 },
      editKeyHash: HASH,
      createdAt: 5_000,
    });
  });

  it("NET-1 publishing needs consent, an author id, a fresh id; one card per author; the board's limit holds", () => {
    expect(OpSchema.safeParse(publishOp(CARD, { consent: { text: "x", given: false } })).success).toBe(false);
    expect(OpSchema.safeParse(publishOp(CARD, { consent: undefined })).success).toBe(false);
    expect(OpSchema.safeParse(publishOp(CARD, { editKeyHash: "secret" })).success).toBe(false);
    expect(run(sampleState(), publishOp(), { role: "participant", authorId: null })).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    const state = apply(sampleState(), publishOp(), alice);
    expect(run(state, publishOp(), bob)).toMatchObject({ ok: false, problem: { code: "already_exists" } });
    const second = run(state, publishOp("bcard-alice-2"), alice);
    expect(second).toMatchObject({ ok: false, problem: { code: "already_exists" } });
    // The card shown in the answer never carries the edit link's hash.
    expect(second.ok || second.problem.current).not.toHaveProperty("editKeyHash");

    let full = sampleState();
    for (let i = 0; i < LIMITS.businessCardsPerBoard; i += 1) {
      const card = { ...cardIn(state), id: `bcard-${i}`, authorId: `author-${i}` };
      full = applyCommitted(full, { writes: [putWrite(card)] });
    }
    expect(run(full, publishOp("bcard-new-01"), bob)).toMatchObject({ ok: false, problem: { code: "limit_reached" } });
  });

  it("NET-3 only the author edits, based on the version they saw; a stale base is a conflict without the hash", () => {
    const state = apply(sampleState(), publishOp(), alice);
    const update = (baseVersion: number, name = "Jürgen M.") =>
      ({
        ...publishOp(),
        type: "businessCard.update",
        baseVersion,
        name,
        consent: undefined,
        editKeyHash: undefined,
      }) as unknown as Op;
    const parsed = OpSchema.parse(JSON.parse(JSON.stringify(update(1))));
    expect(run(state, parsed, bob)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(run(state, parsed, moderator)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const edited = apply(state, parsed, alice, 9_000);
    expect(cardIn(edited)).toMatchObject({ name: "Jürgen M.", version: 2, updatedAt: 9_000, editKeyHash: HASH });
    expect(cardIn(edited).consent.at).toBe(1_000);
    const stale = run(edited, OpSchema.parse(JSON.parse(JSON.stringify(update(1, "Alt")))), alice);
    expect(stale).toMatchObject({ ok: false, problem: { code: "conflict", current: { version: 2 } } });
    expect(stale.ok || stale.problem.current).not.toHaveProperty("editKeyHash");
  });

  it("NET-3 NET-6 the author or a moderator deletes a card, and the remove asks the store to forget it", () => {
    const state = apply(sampleState(), publishOp(), alice);
    const remove: Op = { type: "businessCard.remove", cardId: CARD };
    expect(run(state, remove, bob)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    for (const who of [alice, moderator]) {
      expect(run(state, remove, who)).toEqual({
        ok: true,
        writes: [
          {
            remove: { type: "businessCard", id: CARD },
            was: { audience: "board", authorId: alice.authorId },
            forget: true,
          },
        ],
      });
    }
    expect(run(sampleState(), remove, alice)).toMatchObject({ ok: false, problem: { code: "not_found" } });
  });
});

describe("taking over a card with its edit link (NET-4)", () => {
  const claim = (editKeyHash = HASH): BusinessCardClaimOp => ({
    type: "businessCard.claim",
    cardId: CARD,
    editKeyHash,
    newKeyHash: "c".repeat(64),
  });

  it("NET-4 the claim op is no op a client may send", () => {
    expect(OpSchema.safeParse(claim()).success).toBe(false);
    expect(OpRequestSchema.safeParse({ opId: "op-claim-01", op: claim() }).success).toBe(false);
    expect(networkingRules.map((rule) => rule.type)).not.toContain("businessCard.claim");
  });

  it("NET-4 with the right hash the caller becomes the author and edits as one; a wrong one finds no card", () => {
    const state = apply(sampleState(), publishOp(), alice);
    expect(run(state, claim(OTHER_HASH), bob)).toMatchObject({ ok: false, problem: { code: "not_found" } });
    const outcome = run(state, claim(), bob);
    expect(outcome).toMatchObject({
      ok: true,
      writes: [
        {
          put: { id: CARD, authorId: bob.authorId, version: 1, editKeyHash: "c".repeat(64) },
          was: { audience: "board", authorId: alice.authorId },
        },
      ],
    });
    const taken = apply(state, claim(), bob);
    expect(run(taken, { type: "businessCard.remove", cardId: CARD }, alice)).toMatchObject({ ok: false });
    expect(run(taken, { type: "businessCard.remove", cardId: CARD }, bob)).toMatchObject({ ok: true });
    // Claiming one's own card again with its new secret changes nothing; the old secret is revoked (NET-8).
    expect(run(taken, claim("c".repeat(64)), bob)).toEqual({ ok: true, writes: [] });
    expect(run(taken, claim(), alice)).toMatchObject({ ok: false, problem: { code: "not_found" } });
  });
});

describe("the wall's lists (NET-7)", () => {
  const lists = (baseVersion: number): Op => ({
    type: "wallSettings.update",
    fieldsOfWork: ["Kultur", "Bildung", "bildung"],
    regions: ["Cottbus"],
    topics: [],
    baseVersion,
  });

  it("NET-7 moderators make the one settings record at version 0 and edit it by version; participants may not", () => {
    expect(run(sampleState(), lists(0), alice)).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    expect(run(sampleState(), lists(1), moderator)).toMatchObject({ ok: false, problem: { code: "conflict" } });
    const state = apply(sampleState(), lists(0), moderator);
    const settings = state.wallSettings?.[WALL_SETTINGS_ID] as WallSettings;
    expect(settings).toMatchObject({
      version: 1,
      audience: "board",
      fieldsOfWork: ["Kultur", "Bildung"],
      regions: ["Cottbus"],
    });
    expect(run(state, lists(0), moderator)).toMatchObject({
      ok: false,
      problem: { code: "conflict", current: { version: 1 } },
    });
    expect(apply(state, lists(1), moderator).wallSettings?.[WALL_SETTINGS_ID]).toMatchObject({ version: 2 });
  });
});

describe("field-level visibility of business cards (NET-2)", () => {
  const modAuthor: Actor = { role: "moderator", authorId: "author-mod-self" };
  const card = cardIn(apply(sampleState(), publishOp(), alice));
  const contactOf = (viewer: Actor) => (redactRecord(card, viewer) as BusinessCard).contact;

  it("NET-2 participants see board fields, moderators also moderators' fields, the author everything; the hash nobody", () => {
    expect(contactOf(bob)).toEqual({ email: null, phone: null, website: card.contact.website });
    expect(contactOf(moderator)).toEqual({ email: card.contact.email, phone: null, website: card.contact.website });
    expect(contactOf(alice)).toEqual(card.contact);
    for (const viewer of [bob, moderator, alice, modAuthor]) {
      expect(redactRecord(card, viewer)).not.toHaveProperty("editKeyHash");
    }
    const own = { ...card, authorId: modAuthor.authorId };
    expect((redactRecord(own, modAuthor) as BusinessCard).contact).toEqual(card.contact);
    expect((redactRecord(own, moderator) as BusinessCard).contact.phone).toBeNull();
    expect(JSON.stringify(recordsFor([card], bob, redactRecord))).not.toContain("juergen@example.org");
  });

  it("NET-2 a frame is encoded for the card's author, and for its author among the moderators, apart", () => {
    expect(authorSeesMore(card)).toBe(true);
    expect(hidesFromModerators(card)).toBe(true);
    const writes = [putWrite(card)];
    const audiences = audiencesOf(writes, authorSeesMore, hidesFromModerators);
    expect(audiences).toEqual([
      "moderators",
      "participants",
      `author:${alice.authorId}`,
      `moderator-author:${alice.authorId}`,
    ]);
    expect(viewerOfAudience(`moderator-author:${alice.authorId}`)).toEqual({
      role: "moderator",
      authorId: alice.authorId,
    });
    const frameOf = (audience: string) => JSON.stringify(writesFor(writes, viewerOfAudience(audience), redactRecord));
    expect(frameOf("participants")).not.toMatch(/juergen@|12345|"editKeyHash"/);
    expect(frameOf("moderators")).toContain("juergen@example.org");
    expect(frameOf("moderators")).not.toMatch(/12345|"editKeyHash"/);
    expect(frameOf(`moderator-author:${alice.authorId}`)).toContain("+49 355 12345");
    expect(frameOf(`author:${alice.authorId}`)).toContain("+49 355 12345");
    expect(frameOf(`author:${alice.authorId}`)).not.toContain(HASH);
  });
});
