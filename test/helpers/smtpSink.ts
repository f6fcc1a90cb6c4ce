import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** One mail as a real SMTP server received it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free port that keeps what it receives (never a mock of the mail client):
 * plain SMTP on loopback, no TLS, no login.
 */
export async function startSmtpSink() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const hexBytes = (run: string) => Buffer.from(run.replace(/=/g, ""), "hex").toString("utf8");

/** A received mail's text as its reader sees it: folded headers, encoded words and quoted-printable decoded. */
export function readableMail(raw: string): string {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const header = head
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/\?= =\?UTF-8\?Q\?/gi, "")
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, word: string) =>
      word.replace(/_/g, " ").replace(/(?:=[0-9A-F]{2})+/g, hexBytes),
    );
  const text = body
    .join("\n\n")
    .replace(/=\r?\n/g, "")
    .replace(/(?:=[0-9A-F]{2})+/g, hexBytes);
  return `${header}\n\n${text}`;
}
