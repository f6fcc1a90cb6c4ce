import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "../../server/features/meetings/mail/mailTransport";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { readableMail, startSmtpSink } from "../helpers/smtpSink";
import { createBoard, startTestServer, type TestServer } from "../helpers/testServer";

const PUBLIC_URL = "https://wand.example.org";

describe("registration mails (MAIL-1..3)", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: TestServer;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer({
      publicUrl: PUBLIC_URL,
      mailTransport: smtpTransport(sink.url, "Themenwand <wand@example.org>"),
    });
  });
  afterAll(async () => {
    await server?.stop();
    server?.cleanup();
    await sink?.close();
  });

  const mailsTo = (address: string) =>
    sink.mails.filter((mail) => mail.to.includes(address)).map((mail) => readableMail(mail.raw));
  const settled = () => server.app.mail?.idle();

  it("MAIL-1 MAIL-2 MAIL-3 a place, the waiting list, a place that came free and the cancellation each reach their person, the link only with a place", async () => {
    const { boardId, moderatorKey } = await createBoard(server.url);
    const sockets = await Promise.all([0, 1, 2].map(() => connected(rawClient(server.url))));
    const [moderator, anna, bernd] = sockets;
    expect((await join(moderator, { boardId, since: null, moderatorKey })).ok).toBe(true);
    expect((await join(anna, { boardId, since: null })).ok).toBe(true);
    expect((await join(bernd, { boardId, since: null })).ok).toBe(true);
    const send = async (socket: typeof anna, op: Op) =>
      expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true });

    const link = `https://meet.example.org/geheim-${newId()}`;
    const meetingId = newId();
    await send(moderator, {
      ...meetingAddOp({ meetingId, theme: "Wärmewende", place: "Rathaus Cottbus" }),
      onlineLink: link,
      capacity: 1,
      registration: "open",
    } as Op);
    const annaId = newId();
    await send(anna, {
      type: "registration.add",
      registrationId: annaId,
      meetingId,
      name: "Änne Müller",
      email: "anna@example.org",
    });
    await send(bernd, {
      type: "registration.add",
      registrationId: newId(),
      meetingId,
      name: "Bernd",
      email: "bernd@example.org",
    });
    await settled();
    await waitFor(() => sink.mails.length >= 2, "two mails");

    const [annaConfirmed] = mailsTo("anna@example.org");
    expect(annaConfirmed).toContain("Subject: Anmeldung bestätigt: Wärmewende");
    expect(annaConfirmed).toContain("Hallo Änne Müller");
    expect(annaConfirmed).toContain(`Online: ${link}`);
    expect(annaConfirmed).toContain("24.01.2027, 18:00–20:00, Rathaus Cottbus");
    expect(annaConfirmed).toContain(`${PUBLIC_URL}/b/${boardId}`);
    expect(annaConfirmed).toMatch(/text\/calendar; charset=utf-8; method=PUBLISH/);
    expect(annaConfirmed).toContain("BEGIN:VEVENT");
    const [berndWaiting] = mailsTo("bernd@example.org");
    expect(berndWaiting).toContain("Subject: Warteliste: Wärmewende");
    expect(berndWaiting).toContain("Platz 1");
    expect(berndWaiting).not.toContain(link);

    // Änne leaves: Bernd moves up and is told, with the link.
    await send(anna, { type: "registration.cancel", registrationId: annaId });
    await settled();
    await waitFor(() => mailsTo("bernd@example.org").length === 2, "Bernd's second mail");
    const berndPlaced = mailsTo("bernd@example.org")[1];
    expect(berndPlaced).toContain("Subject: Du hast einen Platz: Wärmewende");
    expect(berndPlaced).toContain(`Online: ${link}`);
    expect(mailsTo("anna@example.org")).toHaveLength(1);

    // A new link for those with a place is no new place: nobody is written to.
    const meeting = (await server.store.readBoard(boardId))?.records.find((record) => record.id === meetingId);
    if (!meeting) throw new Error("the meeting is missing");
    await send(moderator, {
      ...meetingAddOp({ meetingId, theme: "Wärmewende", place: "Rathaus Cottbus" }),
      type: "meeting.update",
      baseVersion: meeting.version,
      onlineLink: `${link}-neu`,
      capacity: 1,
      registration: "open",
    } as unknown as Op);
    await settled();
    expect(sink.mails).toHaveLength(3);

    // The meeting is called off: Bernd is told, without any link.
    await send(moderator, { type: "meeting.cancel", meetingId });
    await settled();
    await waitFor(() => mailsTo("bernd@example.org").length === 3, "Bernd's cancellation");
    const cancelled = mailsTo("bernd@example.org")[2];
    expect(cancelled).toContain("Subject: Abgesagt: Wärmewende");
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).not.toContain(link);
    // Cancelling again changes nothing and writes to nobody.
    await send(moderator, { type: "meeting.cancel", meetingId });
    await settled();
    expect(sink.mails).toHaveLength(4);
    for (const socket of sockets) socket.close();
  });
});
