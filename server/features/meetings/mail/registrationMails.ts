import type { Committed } from "../../../../shared/changes";
import { allRecords, getRecord, type RecordMap } from "../../../../shared/core/recordState";
import type { BaseRecord } from "../../../../shared/core/records";
import type { Meeting, Registration } from "../../../../shared/features/meetings";
import type { Op } from "../../../../shared/ops";

/** Why a person is written to (MAIL-1..3). */
export type MailReason = "registered" | "waiting" | "placed" | "cancelled";

/** One mail to send: to whom, about which meeting, and why. */
export interface MailAbout {
  reason: MailReason;
  registration: Registration;
  meeting: Meeting;
}

const isRegistration = (record: BaseRecord): record is Registration => record.type === "registration";

/**
 * The mails a committed op calls for, from its writes and the board's records after it:
 * - MAIL-1: a new registration is confirmed, with a place or on the waiting list;
 * - MAIL-2: a registration given a place by this commit (someone left, more places) is told so;
 * - MAIL-3: when a meeting is called off, everyone registered for it (waiting too) is told.
 * A registration whose place was given with its own registration gets MAIL-1 only.
 */
export function mailsFor(op: Op, committed: Committed, committedAt: number, records: RecordMap): MailAbout[] {
  const meetingOf = (id: string) => getRecord(records, { type: "meeting", id }) as Meeting | undefined;
  const mails: MailAbout[] = [];
  if (op.type === "meeting.cancel") {
    // Cancelled by this very commit: cancelling again changes nothing and writes nothing.
    const cancelledNow = committed.writes.some((write) => "put" in write && write.put.type === "meeting");
    const meeting = meetingOf(op.meetingId);
    if (!cancelledNow || !meeting || meeting.status !== "cancelled") return [];
    for (const record of allRecords(records)) {
      if (isRegistration(record) && record.meetingId === meeting.id) {
        mails.push({ reason: "cancelled", registration: record, meeting });
      }
    }
    return mails;
  }
  for (const write of committed.writes) {
    if (!("put" in write) || !isRegistration(write.put)) continue;
    const registration = write.put;
    const meeting = meetingOf(registration.meetingId);
    if (!meeting || meeting.status === "cancelled") continue;
    if (op.type === "registration.add" && op.registrationId === registration.id) {
      mails.push({ reason: registration.status === "registered" ? "registered" : "waiting", registration, meeting });
    } else if (registration.status === "registered" && registration.placedAt === committedAt) {
      mails.push({ reason: "placed", registration, meeting });
    }
  }
  return mails;
}
