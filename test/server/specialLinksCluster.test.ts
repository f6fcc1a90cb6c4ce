import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import { newId } from "../../shared/ids";
import type { Op, OpOf } from "../../shared/ops";
import { type ClientConnection, connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { type Cluster, startCluster } from "../helpers/cluster";
import { createBoard } from "../helpers/testServer";

/**
 * LINK-3 and LINK-5 across processes (SCALE-4): link holders on one process, the ops on the other,
 * the frames and the cut-off carried by the Redis adapter's rooms.
 */
let cluster: Cluster;
const openClients: { close(): void }[] = [];

beforeAll(async () => {
  cluster = await startCluster({ processes: 2 });
}, 30_000);
afterAll(async () => {
  for (const client of openClients) client.close();
  await cluster?.stop();
});

const via = (instance: string): ClientConnection => ({ headers: { cookie: cluster.routeTo(instance) } });

async function memberVia(instance: string, boardId: string, keys: { moderatorKey?: string; linkKey?: string }) {
  const socket = rawClient(cluster.url, via(instance));
  openClients.push(socket);
  const wire: string[] = [];
  socket.io.engine.on("packet", (packet: { data?: unknown }) => {
    if (typeof packet.data === "string") wire.push(packet.data);
  });
  const revisions: number[] = [];
  socket.on("changes", (frame: Committed[]) => revisions.push(...frame.map((committed) => committed.revision)));
  await connected(socket);
  const answer = await join(socket, { boardId, since: null, ...keys });
  expect(answer.ok).toBe(true);
  return {
    socket,
    wire,
    revisions,
    send: async (op: Op) => expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true }),
  };
}

function link(kind: "submission" | "group", columnId: string | null) {
  const secret = randomBytes(32).toString("base64url");
  const op: OpOf<"link.create"> = {
    type: "link.create",
    linkId: newId(),
    label: kind,
    kind,
    columnId,
    keyHash: createHash("sha256").update(secret).digest("hex"),
  };
  return { op, linkKey: `${op.linkId}.${secret}` };
}

const card = (columnId: string, title: string): Op => ({
  type: "card.add",
  cardId: newId(),
  columnId,
  rank: "a0",
  authorName: null,
  content: { kind: "topic", title, body: "", link: null },
});

describe("special links on several processes", () => {
  it("LINK-3 LINK-5 holders on process B get their frames of ops committed on A, and a revoke on A cuts them off", async () => {
    const [a, b] = cluster.instances;
    const { boardId, moderatorKey } = await createBoard(cluster.url);
    const moderator = await memberVia(a, boardId, { moderatorKey });
    const [columnA, columnB] = [newId(), newId()];
    await moderator.send({ type: "column.add", columnId: columnA, title: "A", description: "", rank: "a0" });
    await moderator.send({ type: "column.add", columnId: columnB, title: "B", description: "", rank: "a1" });
    const group = link("group", columnA);
    const submission = link("submission", null);
    await moderator.send(group.op);
    await moderator.send(submission.op);
    const groupMember = await memberVia(b, boardId, { linkKey: group.linkKey });
    const submitter = await memberVia(b, boardId, { linkKey: submission.linkKey });

    const inA = `PRIVATE-in-A-${newId()}`;
    const inB = `PRIVATE-in-B-${newId()}`;
    await moderator.send(card(columnA, inA));
    await moderator.send(card(columnB, inB));
    await waitFor(() => groupMember.revisions.length === 2 && submitter.revisions.length === 2, "two frames on B");
    expect(groupMember.wire.join("\n")).toContain(inA);
    expect(groupMember.wire.join("\n")).not.toContain(inB);
    expect(submitter.wire.join("\n")).not.toContain(inA);
    expect(submitter.wire.join("\n")).not.toContain(inB);

    const cutOff = new Promise<void>((resolve) => groupMember.socket.on("disconnect", () => resolve()));
    await moderator.send({ type: "link.revoke", linkId: group.op.linkId });
    await cutOff;
    expect(submitter.socket.connected).toBe(true);
  });
});
