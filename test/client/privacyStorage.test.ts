import { describe, expect, it } from "vitest";
import { forgetOwnSecrets } from "../../client/features/privacy/forgetOwnSecrets";
import { keysWithPrefix, memoryStorage } from "../../client/sync/storage";

describe("what an erase leaves in the browser (DATA-2)", () => {
  it("DATA-2 the edit link's and the calendar feed's secrets of that board go; the moderator key, unsent ops, other boards stay", () => {
    const storage = memoryStorage();
    for (const key of [
      "themenwand:cardEditKey:board-aaaa1:card-0001",
      "themenwand:calendarFeed:board-aaaa1",
      "themenwand:moderatorKey:board-aaaa1",
      "themenwand:op:board-aaaa1:op-00001",
      "themenwand:convenerKey:board-aaaa1:group-01",
      "themenwand:cardEditKey:board-bbbb2:card-0002",
      "themenwand:calendarFeed:board-bbbb2",
      "themenwand:displayName",
    ]) {
      storage.setItem(key, "x");
    }
    forgetOwnSecrets(storage, "board-aaaa1");
    expect(keysWithPrefix(storage, "themenwand:").sort()).toEqual([
      "themenwand:calendarFeed:board-bbbb2",
      "themenwand:cardEditKey:board-bbbb2:card-0002",
      "themenwand:convenerKey:board-aaaa1:group-01",
      "themenwand:displayName",
      "themenwand:moderatorKey:board-aaaa1",
      "themenwand:op:board-aaaa1:op-00001",
    ]);
  });
});
