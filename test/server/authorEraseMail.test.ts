import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "../../server/features/meetings/mail/mailTransport";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { readableMail, startSmtpSink } from "../helpers/smtpSink";
import { createBoard, startTestServer, type TestServer } from "../helpers/testServer";

describe("erasing one's data frees a place, and the next person is told (DATA-2, MAIL-2)", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: TestServer;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer({ mailTransport: smtpTransport(sink.url, "Themenwand <wand@example.org>") });
  });
  afterAll(async () => {
    await server?.stop();
    server?.cleanup();
    await sink?.close();
  });

  const mailsTo = (address: string) =>
    sink.mails.filter((mail) => mail.to.includes(address)).map((mail) => readableMail(mail.raw));

  it("DATA-2 MAIL-2 a seated person erases their data: the first waiting gets the place and a mail with the link; the erased person gets none", async () => {
    const { boardId, moderatorKey } = await createBoard(server.url);
    const [moderator, anna, bernd] = await Promise.all([0, 1, 2].map(() => connected(rawClient(server.url))));
    expect((await join(moderator, { boardId, since: null, moderatorKey })).ok).toBe(true);
    expect((await join(anna, { boardId, since: null })).ok).toBe(true);
    expect((await join(bernd, { boardId, since: null })).ok).toBe(true);
    const send = async (socket: typeof anna, op: Op) =>
      expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true });
    const link = `https://meet.example.org/platz-${newId()}`;
    const meetingId = newId();
    await send(moderator, { ...meetingAddOp({ meetingId, theme: "Ein Platz" }), onlineLink: link, capacity: 1 } as Op);
    for (const [socket, name] of [
      [anna, "anna"],
      [bernd, "bernd"],
    ] as const) {
      await send(socket, {
        type: "registration.add",
        registrationId: newId(),
        meetingId,
        name,
        email: `${name}@example.org`,
      });
    }
    await server.app.mail?.idle();
    await waitFor(() => sink.mails.length >= 2, "the two confirmations");

    await send(anna, { type: "author.erase" });
    await server.app.mail?.idle();
    await waitFor(() => mailsTo("bernd@example.org").length === 2, "Bernd's place");
    const placed = mailsTo("bernd@example.org")[1];
    expect(placed).toContain("Subject: Du hast einen Platz: Ein Platz");
    expect(placed).toContain(`Online: ${link}`);
    expect(mailsTo("anna@example.org")).toHaveLength(1);
    for (const socket of [moderator, anna, bernd]) socket.close();
  });
});
