import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { JoinResponse } from "../../shared/events";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile({ limits: { registrationsPerMeetingPerAddress: 2, openImpulsesPerAuthor: 1 } });

async function browser(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const raw: string[] = [];
  socket.io.engine.on("packet", (packet: { data?: unknown }) => {
    if (typeof packet.data === "string") raw.push(packet.data);
  });
  const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
  expect(joined.ok).toBe(true);
  return { socket, raw, send: (op: Op) => sendOp(socket, newId(), op) };
}

const register = (registrationId: string): Op => ({
  type: "registration.add",
  registrationId,
  meetingId: "meet-0124",
  name: "Jemand",
  email: "jemand@example.org",
});

describe("fair shares on a real server (FAIR-1, FAIR-4)", () => {
  it("FAIR-4 one address takes at most its share of a meeting's registrations, by socket and by REST; the bucket leaves nothing", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await browser(boardId, moderatorKey);
    expect(await mod.send(meetingAddOp({ capacity: 100 }))).toMatchObject({ ok: true });
    // Fresh author tokens, one address (this machine).
    const people = await Promise.all([1, 2, 3].map(() => browser(boardId)));
    expect(await people[0].send(register("reg-one-0001"))).toMatchObject({ ok: true });
    expect(await people[1].send(register("reg-two-0001"))).toMatchObject({ ok: true });
    expect(await people[2].send(register("reg-three-001"))).toMatchObject({
      ok: false,
      problem: { code: "limit_reached" },
    });
    const rest = await fetch(`${server().url}/api/boards/${boardId}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Author-Token": randomBytes(32).toString("base64url") },
      body: JSON.stringify({ op: register("reg-rest-0001") }),
    });
    expect(rest.status).toBeGreaterThanOrEqual(400);
    expect(await rest.json()).toMatchObject({ error: { code: "limit_reached" } });
    const snapshot = await (
      await fetch(`${server().url}/api/boards/${boardId}`, { headers: { "X-Moderator-Key": moderatorKey } })
    ).text();
    expect(snapshot).toContain("reg-one-0001");
    for (const text of [snapshot, ...mod.raw, ...people.flatMap((p) => p.raw)]) {
      expect(text).not.toContain("addressBucket");
    }
    for (const p of [mod, ...people]) p.socket.close();
  });

  it("FAIR-1 FAIR-3 the configured share of open offers holds; a moderator deletes an offer and it frees the share", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await browser(boardId, moderatorKey);
    const alice = await browser(boardId);
    const offer = (impulseId: string): Op => ({
      type: "impulse.offer",
      impulseId,
      title: `Solardach ${impulseId}`,
      abstract: "",
      presenterName: "Alice",
      organisation: "",
      minutes: 10,
      preferredMeetingId: null,
      contactEmail: "alice-kontakt@example.org",
      noteToModerators: "",
    });
    expect(await alice.send(offer("imp-alice-1"))).toMatchObject({ ok: true });
    expect(await alice.send(offer("imp-alice-2"))).toMatchObject({ ok: false, problem: { code: "limit_reached" } });
    expect(await alice.send({ type: "impulse.remove", impulseId: "imp-alice-1" } as Op)).toMatchObject({
      ok: false,
      problem: { code: "forbidden" },
    });
    expect(await mod.send({ type: "impulse.remove", impulseId: "imp-alice-1" } as Op)).toMatchObject({ ok: true });
    expect(await alice.send(offer("imp-alice-2"))).toMatchObject({ ok: true });
    // Gone from the op log too: a catch-up from the start holds no contact of the deleted offer.
    const late = await connected(rawClient(server().url));
    const caughtUp = (await join(late, { boardId, since: 0, moderatorKey })) as JoinResponse;
    expect(JSON.stringify(caughtUp)).toContain("Solardach imp-alice-2");
    expect(JSON.stringify(caughtUp)).not.toContain("Solardach imp-alice-1");
    for (const socket of [mod.socket, alice.socket, late]) socket.close();
  });
});
