import { describe, expect, it } from "vitest";
import { introducedIn, type OpVersions } from "../../shared/core/protocol";
import { OP_PROTOCOL_VERSIONS } from "../../shared/features";
import type { Op } from "../../shared/ops";

const boardUpdate = (views?: ("columns" | "meetings" | "wall" | "groups")[]): Op => ({
  type: "board.update",
  title: "Stammtisch",
  description: "",
  baseVersion: 1,
  ...(views ? { views } : {}),
});

describe("which protocol version introduced an op", () => {
  it("PROTO-2 names the version of the app's newer ops, and 1 for the rest", () => {
    expect(
      introducedIn(
        { type: "card.move", cardId: "card-0001", columnId: "col-aaaa", rank: "a0" },
        OP_PROTOCOL_VERSIONS as OpVersions,
      ),
    ).toBe(1);
    expect(introducedIn({ type: "businessCard.remove", cardId: "card-0001" }, OP_PROTOCOL_VERSIONS as OpVersions)).toBe(
      4,
    );
    expect(introducedIn({ type: "impulse.remove", impulseId: "impulse-01" }, OP_PROTOCOL_VERSIONS as OpVersions)).toBe(
      6,
    );
  });

  it("PROTO-2 VIEW-2 a board.update counts as version 5 only when it carries views", () => {
    expect(introducedIn(boardUpdate(), OP_PROTOCOL_VERSIONS as OpVersions)).toBe(1);
    expect(introducedIn(boardUpdate(["wall"]), OP_PROTOCOL_VERSIONS as OpVersions)).toBe(5);
  });

  it("PROTO-2 AG-6 the working groups' ops and a board.update showing their view are version 7", () => {
    expect(introducedIn(boardUpdate(["columns", "groups"]), OP_PROTOCOL_VERSIONS as OpVersions)).toBe(7);
    expect(introducedIn({ type: "group.leave", groupId: "group-0001" }, OP_PROTOCOL_VERSIONS as OpVersions)).toBe(7);
  });

  it("PROTO-2 takes the map as data, so it can come from elsewhere", () => {
    const versions: OpVersions = { "card.move": 9 };
    expect(introducedIn({ type: "card.move", cardId: "card-0001", columnId: "col-aaaa", rank: "a0" }, versions)).toBe(
      9,
    );
    expect(introducedIn(boardUpdate(["wall"]), versions)).toBe(1);
  });
});
