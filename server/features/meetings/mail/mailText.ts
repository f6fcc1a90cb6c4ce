import type { Meeting } from "../../../../shared/features/meetings";
import type { MailAbout, MailReason } from "./registrationMails";

/** A mail's words: German first, English below (the board does not know a person's language). */
export interface MailText {
  subject: string;
  text: string;
}

const SUBJECTS: Record<MailReason, (theme: string) => string> = {
  registered: (theme) => `Anmeldung bestätigt: ${theme} / Registration confirmed`,
  waiting: (theme) => `Warteliste: ${theme} / Waiting list`,
  placed: (theme) => `Du hast einen Platz: ${theme} / You have a place`,
  cancelled: (theme) => `Abgesagt: ${theme} / Cancelled`,
};

function when(meeting: Meeting): string {
  const [year, month, day] = meeting.date.split("-");
  return `${day}.${month}.${year}, ${meeting.startTime}–${meeting.endTime}`;
}

function lines(about: MailAbout): { de: string[]; en: string[] } {
  const { meeting, registration } = about;
  const position = registration.position ?? "?";
  switch (about.reason) {
    case "registered":
      return {
        de: [`du bist für „${meeting.theme}“ angemeldet und hast einen Platz.`],
        en: [`you are registered for “${meeting.theme}” and have a place.`],
      };
    case "waiting":
      return {
        de: [
          `du stehst für „${meeting.theme}“ auf der Warteliste (Platz ${position}). Wird ein Platz frei, schreiben wir dir.`,
        ],
        en: [`you are on the waiting list for “${meeting.theme}” (number ${position}). We write when a place is free.`],
      };
    case "placed":
      return {
        de: [`für „${meeting.theme}“ ist ein Platz frei geworden: er gehört jetzt dir.`],
        en: [`a place for “${meeting.theme}” became free: it is yours now.`],
      };
    case "cancelled":
      return {
        de: [`„${meeting.theme}“ am ${when(meeting)} ist abgesagt. Deine Anmeldung ist damit hinfällig.`],
        en: [`“${meeting.theme}” on ${when(meeting)} is cancelled. Your registration lapses with it.`],
      };
  }
}

/**
 * MAIL-1..3: the mail's subject and plain text. The online link is in it only for a person with a
 * place at a meeting that takes place (MEET-2, MEET-9), exactly as their own registration holds it.
 */
export function mailText(about: MailAbout, boardTitle: string, boardUrl: string | undefined): MailText {
  const { meeting, registration } = about;
  const { de, en } = lines(about);
  const seated = about.reason !== "cancelled" && registration.status === "registered";
  const details =
    about.reason === "cancelled"
      ? []
      : [
          `${when(meeting)}${meeting.place ? `, ${meeting.place}` : ""}`,
          ...(seated && registration.onlineLink ? [`Online: ${registration.onlineLink}`] : []),
        ];
  const board = boardUrl ? [`${boardTitle}: ${boardUrl}`] : [boardTitle];
  const text = [
    `Hallo ${registration.name},`,
    "",
    ...de,
    "",
    ...details,
    "",
    "---",
    "",
    `Hello ${registration.name},`,
    "",
    ...en,
    "",
    ...details,
    "",
    "-- ",
    ...board,
  ].join("\n");
  return { subject: SUBJECTS[about.reason](meeting.theme), text };
}
