import { describe, expect, it } from "vitest";
import { OpOrder, opIdOf } from "../../server/realtime/opOrder";

describe("a connection's op order", () => {
  it("SYNC-15 holds every op after a refusal until one of the refused ops comes again", () => {
    const order = new OpOrder();
    expect(order.holds("op-0001")).toBe(false);
    order.refused("op-0002");
    expect(order.holds("op-0003")).toBe(true);
    order.refused("op-0003");
    // The client's oldest pending op may have been settled by another tab: any refused one reopens.
    expect(order.holds("op-0003")).toBe(false);
    expect(order.holds("op-0004")).toBe(false);
  });

  it("SYNC-15 reads the op id of a request not parsed yet, and nothing from anything else", () => {
    expect(opIdOf({ opId: "op-0001", op: {} })).toBe("op-0001");
    expect(opIdOf(null)).toBeUndefined();
    expect(opIdOf({ opId: 42 })).toBeUndefined();
    expect(opIdOf({ opId: "x".repeat(500) })).toBeUndefined();
  });
});
