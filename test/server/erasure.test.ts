import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { copiesInFolder, totalCopies } from "../helpers/databaseBytes";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A field of `length` characters made of one marker word, multi-byte letters included (more bytes per field). */
const filled = (marker: string, length: number) =>
  `${marker} `.repeat(Math.ceil(length / (marker.length + 1))).slice(0, length);

/** A card of several KB per field: its record and op-log rows spill onto SQLite's overflow pages. */
function bigCard(cardId: string, marker: string): Op {
  return {
    type: "businessCard.publish",
    cardId,
    name: `${marker} Person`,
    organisation: filled(marker, 200),
    role: "",
    fieldsOfWork: [],
    region: "",
    topics: [],
    offers: filled(marker, 1_000),
    seeks: filled(marker, 1_000),
    about: filled(marker, 2_000),
    contact: { email: { value: "quelle@example.org", visibility: "moderators" }, phone: null, website: null },
    consent: { text: "Ich bin einverstanden.", given: true },
    editKeyHash: sha256(randomBytes(32).toString("base64url")),
  } as Op;
}

describe("erasure down to the bytes (ERASE-1)", () => {
  const server = serverForThisFile();

  it("ERASE-1 NET-6 a removed business card of several KB leaves no byte of its text in any file of the database folder, free pages and WAL included", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const alice = await connected(rawClient(server().url));
    expect((await join(alice, { boardId, since: null })).ok).toBe(true);
    const mod = await connected(rawClient(server().url));
    expect((await join(mod, { boardId, since: null, moderatorKey })).ok).toBe(true);
    const marker = "Quellwässerprüfung";
    expect(await sendOp(alice, "op-erase-0001", bigCard("bcard-erase-01", marker))).toMatchObject({ ok: true });
    // The board goes on changing, so that the card's pages are not simply the last ones written.
    expect(
      await sendOp(mod, "op-erase-0002", {
        type: "column.add",
        columnId: "col-erase-01",
        title: "Mehr",
        description: "",
        rank: "z",
      }),
    ).toMatchObject({ ok: true });
    expect(totalCopies(copiesInFolder(server().databasePath, marker))).toBeGreaterThan(0);

    expect(await sendOp(mod, "op-erase-0003", { type: "businessCard.remove", cardId: "bcard-erase-01" })).toMatchObject(
      {
        ok: true,
      },
    );
    // No checkpoint from the test: the server itself erases the WAL's and the free pages' copies, soon.
    await waitFor(() => totalCopies(copiesInFolder(server().databasePath, marker)) === 0, "no copy left", 5_000).catch(
      () => undefined,
    );
    const left = Object.entries(copiesInFolder(server().databasePath, marker)).filter(([, count]) => count > 0);
    expect(Object.fromEntries(left), "copies of the removed card's text per file").toEqual({});
    // The board goes on working, and catching up from before the card still works.
    const late = await connected(rawClient(server().url));
    const caughtUp = await join(late, { boardId, since: 0 });
    expect(caughtUp.ok && caughtUp.catchUp.kind === "changes" && caughtUp.catchUp.changes.length).toBe(3);
    expect(JSON.stringify(caughtUp)).not.toContain(marker);
    for (const socket of [late, alice, mod]) socket.close();
  });
});
