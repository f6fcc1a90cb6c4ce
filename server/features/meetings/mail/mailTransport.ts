import nodemailer from "nodemailer";

/** One mail as the registration mails need it: plain text and the meeting as a calendar entry. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  calendar: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer (SMTP_URL, e.g. smtps://user:password@mail.example.org): a maintained
 * client that speaks STARTTLS, authentication and pooling, which a hand-written one would not get right.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url, { from });
  return {
    async send(mail) {
      await transporter.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        icalEvent: { method: "PUBLISH", filename: "treffen.ics", content: mail.calendar },
      });
    },
    close: () => transporter.close(),
  };
}
