import { boardOf } from "../../../../shared/boardState";
import type { Committed } from "../../../../shared/changes";
import { recordMapOf } from "../../../../shared/core/recordState";
import type { BoardSnapshot } from "../../../../shared/model";
import type { Op } from "../../../../shared/ops";
import type { BoardModel } from "../../../core/boardModel";
import { snapshotRecordsFor } from "../../../core/exit";
import { log } from "../../../observability/logger";
import type { BoardStore, CommitRequest } from "../../../store/BoardStore";
import { buildCalendar } from "../calendar";
import { entriesOf } from "../meetingEntries";
import { mailText } from "./mailText";
import type { MailTransport } from "./mailTransport";
import { type MailAbout, mailsFor } from "./registrationMails";

interface Deps {
  store: BoardStore;
  model: BoardModel;
  transport: MailTransport;
  publicUrl?: string;
}

/** Ops after which someone may have to be written to (a place given, MAIL-2, can follow any of them). */
const mayCallForMail = (op: Op, committed: Committed) =>
  op.type === "meeting.cancel" || committed.writes.some((write) => "put" in write && write.put.type === "registration");

/**
 * MAIL-1..3 (with SMTP_URL): after a commit, the people it concerns get a mail with the meeting as a
 * calendar entry, their own online link only where they have a place. Sending never holds up a
 * commit or its answer; a mail that cannot be sent is logged (without its address) and not retried.
 */
export class RegistrationMailer {
  private sending = new Set<Promise<void>>();

  constructor(private readonly deps: Deps) {}

  committed(request: CommitRequest, committed: Committed, committedAt: number): void {
    const op = request.op as Op;
    if (!mayCallForMail(op, committed)) return;
    const sent = this.send(request.boardId, op, committed, committedAt).finally(() => this.sending.delete(sent));
    this.sending.add(sent);
  }

  /** Resolves once every mail asked for so far is sent or given up (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.sending.size > 0) await Promise.all(this.sending);
  }

  private async send(boardId: string, op: Op, committed: Committed, committedAt: number): Promise<void> {
    try {
      const board = await this.deps.store.readBoard(boardId);
      if (!board) return;
      const records = recordMapOf(board.records);
      const mails = mailsFor(op, committed, committedAt, records);
      if (mails.length === 0) return;
      const title = boardOf(records)?.title ?? "Themenwand";
      const boardUrl = this.deps.publicUrl ? `${this.deps.publicUrl}/b/${boardId}` : undefined;
      for (const about of mails) {
        const { subject, text } = mailText(about, title, boardUrl);
        const calendar = this.calendarFor(about, boardId, title, boardUrl, board.records);
        await this.deps.transport.send({ to: about.registration.email, subject, text, calendar }).catch((error) => {
          // An SMTP error quotes the address: only its code goes to the log (OBS-1).
          log.warn({ reason: about.reason, code: (error as { code?: unknown }).code ?? "unknown" }, "mail not sent");
        });
      }
    } catch (error) {
      log.warn({ code: (error as { code?: unknown }).code ?? "unknown" }, "mails not made");
    }
  }

  /** The meeting as its person sees it (MEET-2): their link only with a place, the agenda. */
  private calendarFor(
    about: MailAbout,
    boardId: string,
    boardTitle: string,
    boardUrl: string | undefined,
    records: Parameters<typeof snapshotRecordsFor>[0],
  ): string {
    const viewer = { role: "participant" as const, authorId: about.registration.authorId };
    const seen = snapshotRecordsFor(records, viewer, this.deps.model);
    const snapshot = { boardId, revision: 0, records: seen } satisfies BoardSnapshot;
    const entries = entriesOf(snapshot, about.registration.authorId).filter(
      (entry) => entry.meeting.id === about.meeting.id,
    );
    return buildCalendar({ boardId, boardTitle, boardUrl }, entries);
  }
}
