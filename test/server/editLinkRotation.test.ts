import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { JoinResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { businessCardOp } from "../helpers/businessCards";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const newKey = () => randomBytes(32).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const publish = (cardId: string, key: string): Op =>
  businessCardOp({ cardId, name: "Anna Weiß", editKeyHash: sha256(key) });

describe("edit links can be revoked (NET-8)", () => {
  const server = serverForThisFile();

  async function browser(boardId: string) {
    const socket = await connected(rawClient(server().url));
    const frames: Committed[] = [];
    socket.on("changes", (batch) => frames.push(...batch));
    const joined = (await join(socket, { boardId, since: null })) as Extract<JoinResponse, { ok: true }>;
    expect(joined.ok).toBe(true);
    return { socket, authorToken: joined.authorToken, authorId: joined.authorId, frames };
  }

  it("NET-8 NET-4 a claim rotates the secret: the old link answers 404, a retry of the same claim answers ok", async () => {
    const { boardId } = await createBoard(server().url);
    const anna = await browser(boardId);
    const key = newKey();
    expect(await sendOp(anna.socket, "op-rot-0001", publish("bcard-anna-01", key))).toMatchObject({ ok: true });
    const phone = await browser(boardId);
    const thief = await browser(boardId);
    const claim = (who: { authorToken: string }, body: unknown) =>
      fetch(`${server().url}/api/boards/${boardId}/business-cards/bcard-anna-01/claim`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Author-Token": who.authorToken },
        body: JSON.stringify(body),
      });

    const next = newKey();
    const taken = await claim(phone, { key, newKeyHash: sha256(next) });
    expect(taken.status).toBe(200);
    expect(await taken.json()).toMatchObject({ authorId: phone.authorId, revision: 2 });
    // The old link is dead for everyone; the phone's retry of its own claim (the answer was lost) is fine.
    expect((await claim(thief, { key })).status).toBe(404);
    expect((await claim(thief, { key, newKeyHash: sha256(newKey()) })).status).toBe(404);
    expect(await (await claim(phone, { key, newKeyHash: sha256(next) })).json()).toMatchObject({ revision: null });
    // The new secret works, and rotates again.
    const third = newKey();
    expect((await claim(thief, { key: next, newKeyHash: sha256(third) })).status).toBe(200);
    expect((await claim(phone, { key: next, newKeyHash: sha256(newKey()) })).status).toBe(404);
    // A claim from an older page (no new hash) rotates to a secret nobody holds.
    const legacy = await claim(anna, { key: third });
    expect(legacy.status).toBe(200);
    expect((await claim(thief, { key: third })).status).toBe(404);
    for (const who of [anna, phone, thief]) {
      expect(JSON.stringify(who.frames)).not.toContain("editKeyHash");
      who.socket.close();
    }
  });

  it("NET-8 the card's author makes a new edit link; the old one answers 404; nobody else may", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const anna = await browser(boardId);
    const key = newKey();
    await sendOp(anna.socket, "op-rot-0101", publish("bcard-anna-02", key));
    const other = await browser(boardId);
    const fresh = newKey();
    const renew = (hash: string): Op =>
      ({ type: "businessCard.newEditLink", cardId: "bcard-anna-02", editKeyHash: hash }) as Op;
    expect(await sendOp(other.socket, "op-rot-0102", renew(sha256(newKey())))).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    const mod = await connected(rawClient(server().url));
    await join(mod, { boardId, since: null, moderatorKey });
    expect(await sendOp(mod, "op-rot-0103", renew(sha256(newKey())))).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(await sendOp(anna.socket, "op-rot-0104", renew(sha256(fresh)))).toMatchObject({ ok: true });
    const claim = (body: unknown) =>
      fetch(`${server().url}/api/boards/${boardId}/business-cards/bcard-anna-02/claim`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Author-Token": other.authorToken },
        body: JSON.stringify(body),
      });
    expect((await claim({ key })).status).toBe(404);
    expect((await claim({ key: fresh })).status).toBe(200);
    expect(JSON.stringify(other.frames)).not.toContain(sha256(fresh));
    for (const socket of [anna.socket, other.socket, mod]) socket.close();
  });
});
