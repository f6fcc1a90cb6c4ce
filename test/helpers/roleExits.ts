import type { JoinResponse, OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "./clients";

/**
 * One person on a board over a real socket, with every byte their socket received kept as it came off
 * the wire (Engine.IO message packets), and every other exit they may read: a catch-up join from an
 * earlier revision, the REST snapshot, the three exports and, for participants, their own data.
 */
export class Person {
  readonly wire: string[] = [];
  private opCount = 0;

  private constructor(
    private readonly url: string,
    readonly boardId: string,
    readonly name: string,
    private readonly socket: ReturnType<typeof rawClient>,
    readonly authorToken: string,
    readonly moderatorKey: string | undefined,
  ) {}

  static async join(url: string, boardId: string, name: string, moderatorKey?: string): Promise<Person> {
    const socket = await connected(rawClient(url));
    const wire: string[] = [];
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      if (typeof packet.data === "string") wire.push(packet.data);
    });
    const joined = (await join(socket, { boardId, since: null, moderatorKey })) as Extract<JoinResponse, { ok: true }>;
    if (!joined.ok) throw new Error(`${name} could not join`);
    const person = new Person(url, boardId, name, socket, joined.authorToken, moderatorKey);
    person.wire.push(...wire);
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      if (typeof packet.data === "string") person.wire.push(packet.data);
    });
    return person;
  }

  send(op: Op): Promise<OpResponse> {
    this.opCount += 1;
    return sendOp(this.socket, `${this.name}-op-${this.opCount}-${Date.now()}`, op);
  }

  async sendOk(op: Op): Promise<void> {
    const answer = await this.send(op);
    if (!answer.ok) throw new Error(`${this.name}'s ${op.type} was refused: ${JSON.stringify(answer)}`);
  }

  private headers(): Record<string, string> {
    return {
      "x-author-token": this.authorToken,
      ...(this.moderatorKey ? { "x-moderator-key": this.moderatorKey } : {}),
    };
  }

  /** Waits until the live frames this person received hold `text`. */
  sees(text: string): Promise<true> {
    return waitFor(() => this.wire.some((packet) => packet.includes(text)), `${this.name} to receive ${text}`);
  }

  /** Every exit but the live socket, read now: a catch-up from `since`, the snapshot, the exports, their own data. */
  async readExits(since: number): Promise<string> {
    const texts: string[] = [];
    const socket = await connected(rawClient(this.url));
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      if (typeof packet.data === "string") texts.push(packet.data);
    });
    await join(socket, {
      boardId: this.boardId,
      since,
      moderatorKey: this.moderatorKey,
      authorToken: this.authorToken,
    });
    await join(socket, {
      boardId: this.boardId,
      since: null,
      moderatorKey: this.moderatorKey,
      authorToken: this.authorToken,
    });
    socket.close();
    const paths = ["", "/export.json", "/export.md", "/export.csv", ...(this.moderatorKey ? [] : ["/my-data.json"])];
    for (const path of paths) {
      const response = await fetch(`${this.url}/api/boards/${this.boardId}${path}`, { headers: this.headers() });
      if (response.status !== 200) throw new Error(`${this.name}: GET ${path} answered ${response.status}`);
      texts.push(await response.text());
    }
    return texts.join("\n");
  }

  /** The live bytes so far and every other exit: what this person could ever have read. */
  async everything(since: number): Promise<string> {
    return `${this.wire.join("\n")}\n${await this.readExits(since)}`;
  }

  /** The board as the REST snapshot gives it to this person now. */
  async snapshotRecords(): Promise<{ type: string; id: string; [field: string]: unknown }[]> {
    const response = await fetch(`${this.url}/api/boards/${this.boardId}`, { headers: this.headers() });
    return ((await response.json()) as { records: { type: string; id: string }[] }).records;
  }

  close(): void {
    this.socket.close();
  }
}
