import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { BoardClientSocket } from "../../../client/sync/socket";
import { BOARD_PAINT_MARK } from "../../../shared/boardPaint";
import type { JoinResponse } from "../../../shared/events";
import { newId } from "../../../shared/ids";
import type { Op } from "../../../shared/ops";
import { connected, join, rawClient, sendOp } from "../../helpers/clients";
import { createBoard, type TestServer } from "../../helpers/testServer";
import { LINK_HOLDERS, Markers, PERSONAS, type Persona } from "./markers";

export type Transport = "socket" | "rest";

/** Bytes one persona received through one exit. */
export interface Received {
  exit: string;
  text: string;
}

interface Member {
  boardId: string;
  socket: BoardClientSocket;
  authorToken: string;
  moderatorKey?: string;
  /** A special link's key, `<linkId>.<secret>` (LINK-1): the submitter's and the small group's. */
  linkKey?: string;
  /** Every Socket.IO packet this socket received since the last drain, as it came off the wire. */
  wire: string[];
  revision: number;
  /** Told of every revision the socket receives. */
  onRevision: Set<() => void>;
  /** A personal calendar feed of this persona's. */
  feed?: { feedId: string; secret: string };
}

/** The convener persona's link secrets, by working group (AG-5). */
type ConvenerKeys = Map<string, string>;

/** The board's page in each of its views (VIEW-3), as the server paints it (HTTP-7). */
const BOARD_PAGE_QUERIES = ["", "?view=meetings", "?view=wall", "?view=groups"];

export const ON_BOARD = PERSONAS.filter((persona) => persona !== "otherBoard");

/** Everyone on the board who reads what participants read: the board's members but the link holders. */
export const PLENARY = ON_BOARD.filter((persona) => !LINK_HOLDERS.includes(persona));

/**
 * The raw text of every message packet the socket receives (acks, frames, join answers), from the
 * engine under Socket.IO, so nothing is parsed or filtered before the test reads it.
 */
function wireOf(socket: BoardClientSocket): string[] {
  const wire: string[] = [];
  const listen = () =>
    socket.io.engine.on("packet", (packet) => {
      if (packet.type === "message") wire.push(String(packet.data));
    });
  socket.io.on("open", listen);
  return wire;
}

const packetExit = (packet: string) => (packet.startsWith("3") ? "socket ack" : "socket frame");

/**
 * One board with a member per persona (and a member of another board), the way the exit test reads
 * it: ops for a fixture's set-up go over a member's socket; the op under test over a socket or REST;
 * then every exit each persona has is read, raw.
 */
export class BoardUnderTest {
  /** Every marker of this board: what a persona may not read never reaches it, whichever fixture made it. */
  readonly markers = new Markers();
  private readonly members = new Map<Persona, Member>();
  private readonly convenerKeys: ConvenerKeys = new Map();
  private ids = 0;

  private constructor(
    private readonly server: TestServer,
    readonly transport: Transport,
    readonly boardId: string,
  ) {}

  static async open(server: TestServer, transport: Transport): Promise<BoardUnderTest> {
    const { boardId, moderatorKey } = await createBoard(server.url);
    const other = await createBoard(server.url);
    const board = new BoardUnderTest(server, transport, boardId);
    for (const persona of PERSONAS) {
      const onOther = persona === "otherBoard";
      const key = persona === "moderator" ? moderatorKey : persona === "coModerator" ? await board.invite() : undefined;
      const linkKey = LINK_HOLDERS.includes(persona) ? await board.newLink(persona) : undefined;
      await board.addMember(persona, onOther ? other.boardId : boardId, key, linkKey);
    }
    return board;
  }

  /**
   * A co-moderator link made by the moderator (COMOD-2): its secret for the co-moderator persona to
   * join with. The hash reaches nobody (a marker without readers); the secret is a member's key.
   */
  private async invite(): Promise<string> {
    const secret = newId(43);
    const keyHash = this.markers.value(createHash("sha256").update(secret).digest("hex"), []);
    const op: Op = { type: "moderatorInvite.create", inviteId: this.id("invite"), label: "Co", keyHash };
    const response = await sendOp(this.member("moderator").socket, newId(), op);
    if (!response.ok) throw new Error(`no co-moderator link: ${JSON.stringify(response.problem)}`);
    return secret;
  }

  /**
   * A special link made by the moderator (LINK-1): a submission link, or a small group's link for a
   * column of its own that no fixture posts into. Its secret and hash reach nobody, its label only
   * moderators.
   */
  private async newLink(persona: Persona): Promise<string> {
    const linkId = this.id("link");
    const secret = this.markers.value(`link-secret-${newId()}`, []);
    const keyHash = this.markers.value(createHash("sha256").update(secret).digest("hex"), []);
    const group = persona === "smallGroup";
    const columnId = group ? this.id("group-column") : null;
    if (columnId) {
      await this.send("moderator", { type: "column.add", columnId, title: "Gruppe A", description: "", rank: "a0" });
    }
    const label = this.markers.value(`PRIVATE-linkLabel-${newId()}`, ["moderator"]);
    const kind = group ? "group" : "submission";
    await this.send("moderator", { type: "link.create", linkId, label, kind, columnId, keyHash });
    return `${linkId}.${secret}`;
  }

  /** The secrets of this board's members: board ids, the moderator key, author tokens, feed secrets. */
  secrets(): string[] {
    return [...this.members.values()].flatMap((member) => [
      member.boardId,
      member.authorToken,
      ...(member.moderatorKey ? [member.moderatorKey] : []),
      ...(member.feed ? [member.feed.secret] : []),
      ...(member.linkKey ? [member.linkKey] : []),
    ]);
  }

  private async addMember(persona: Persona, boardId: string, moderatorKey?: string, linkKey?: string): Promise<void> {
    const socket = rawClient(this.server.url);
    const wire = wireOf(socket);
    await connected(socket);
    const request = { boardId, since: null, moderatorKey, linkKey };
    const joined = (await join(socket, request)) as Extract<JoinResponse, { ok: true }>;
    expect(joined.ok).toBe(true);
    const member: Member = {
      boardId,
      socket,
      authorToken: joined.authorToken,
      moderatorKey,
      linkKey,
      wire,
      revision: 0,
      onRevision: new Set(),
    };
    socket.on("changes", (batch) => {
      for (const committed of batch) member.revision = Math.max(member.revision, committed.revision);
      for (const listener of member.onRevision) listener();
    });
    this.members.set(persona, member);
  }

  private member(persona: Persona): Member {
    const member = this.members.get(persona);
    if (!member) throw new Error(`no member ${persona}`);
    return member;
  }

  /** A fresh entity id, unique on this board. */
  id(kind: string): string {
    this.ids += 1;
    return `${kind}-${this.ids}-${newId().slice(0, 8)}`;
  }

  async revision(): Promise<number> {
    return (await this.server.store.revision(this.boardId)) ?? 0;
  }

  /** A record's stored version, for ops that carry `baseVersion`; 0 when there is none yet. */
  async versionOf(type: string, id: string): Promise<number> {
    const board = await this.server.store.readBoard(this.boardId);
    return board?.records.find((record) => record.type === type && record.id === id)?.version ?? 0;
  }

  /** A set-up op over the persona's socket; it must be accepted. */
  async send(persona: Persona, op: Op): Promise<void> {
    const response = await sendOp(this.member(persona).socket, newId(), op);
    if (!response.ok) throw new Error(`${op.type} by ${persona} was refused: ${JSON.stringify(response.problem)}`);
    await this.everyoneAt(response.committed.revision);
  }

  /** The op under test, over this board's transport: REST answers and their replay are what it returns. */
  async submit(persona: Persona, op: Op): Promise<Received[]> {
    if (this.transport === "socket") {
      await this.send(persona, op);
      return [];
    }
    const key = newId();
    const answer = await this.post(persona, op, key);
    const text = await answer.text();
    if (answer.status !== 201) throw new Error(`${op.type} by ${persona} was refused: ${text}`);
    const replay = await this.post(persona, op, key);
    expect(replay.status).toBe(201);
    await this.everyoneAt((JSON.parse(text) as { revision: number }).revision);
    return [
      { exit: "REST answer", text },
      { exit: "REST replay", text: await replay.text() },
    ];
  }

  /**
   * The same op again under a new op id, by anyone: mostly refused (a conflict with its `current`
   * copy, `already_exists`, `forbidden`), which is an exit too. Over a socket the answer is on the wire.
   */
  async attempt(persona: Persona, op: Op): Promise<Received[]> {
    if (this.transport === "socket") {
      const response = await sendOp(this.member(persona).socket, newId(), op);
      if (response.ok) await this.everyoneAt(response.committed.revision);
      return [];
    }
    const answer = await this.post(persona, op, newId());
    const text = await answer.text();
    if (answer.status === 201) await this.everyoneAt((JSON.parse(text) as { revision: number }).revision);
    return [{ exit: `REST answer (${answer.status})`, text }];
  }

  private post(persona: Persona, op: Op, idempotencyKey: string): Promise<Response> {
    return fetch(`${this.server.url}/api/boards/${this.boardId}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json", "Idempotency-Key": idempotencyKey, ...this.headersOf(persona) },
      body: JSON.stringify({ op }),
    });
  }

  /** Makes a personal calendar feed for the persona, whose URL it then reads as an exit. */
  async addFeed(persona: Persona): Promise<void> {
    const secret = `feed-secret-${newId()}`;
    const feedId = this.id("feed");
    const secretHash = createHash("sha256").update(secret).digest("hex");
    await this.send(persona, { type: "calendarFeed.add", feedId, secretHash });
    this.member(persona).feed = { feedId, secret };
  }

  /**
   * A new conveners' link for a working group, held by the convener persona: its hash for the op.
   * Neither the secret nor its hash may reach anyone (they are markers without readers).
   */
  convenerKeyHash(groupId: string, mark: Markers): string {
    const secret = mark.value(`convener-secret-${newId()}`, []);
    this.convenerKeys.set(groupId, secret);
    return mark.value(createHash("sha256").update(secret).digest("hex"), []);
  }

  /** Until every member of the board received the frame of `revision`. */
  private everyoneAt(revision: number): Promise<unknown> {
    const members = ON_BOARD.filter((persona) => this.members.has(persona));
    return Promise.all(members.map((persona) => this.memberAt(this.member(persona), persona, revision)));
  }

  private memberAt(member: Member, persona: Persona, revision: number): Promise<void> {
    if (member.revision >= revision) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        member.onRevision.delete(check);
        reject(new Error(`${persona} never received revision ${revision}`));
      }, 10_000);
      const check = () => {
        if (member.revision < revision) return;
        clearTimeout(timer);
        member.onRevision.delete(check);
        resolve();
      };
      member.onRevision.add(check);
    });
  }

  private headersOf(persona: Persona): Record<string, string> {
    const { authorToken, moderatorKey, linkKey } = this.member(persona);
    return {
      "X-Author-Token": authorToken,
      ...(moderatorKey ? { "X-Moderator-Key": moderatorKey } : {}),
      ...(linkKey ? { "X-Link-Key": linkKey } : {}),
    };
  }

  /** Joins again with `since`: the catch-up's raw answer lands on the wire. */
  private async catchUp(persona: Persona, since: number): Promise<void> {
    const { socket, boardId, authorToken, moderatorKey, linkKey } = this.member(persona);
    const joined = await join(socket, { boardId, since, authorToken, moderatorKey, linkKey });
    expect(joined.ok).toBe(true);
  }

  private async read(persona: Persona, exit: string, path: string, convenerKey?: string): Promise<Received> {
    const response = await fetch(`${this.server.url}/api/boards/${this.member(persona).boardId}${path}`, {
      headers: { ...this.headersOf(persona), ...(convenerKey ? { "X-Convener-Key": convenerKey } : {}) },
    });
    return { exit, text: await response.text() };
  }

  /**
   * HTTP-7: the board's page as the server paints it, which anyone with the board's id reads. Asked
   * with the moderator's keys, which a page must not honour: what it shows is a keyless visitor's.
   */
  private async boardPage(query: string): Promise<Received> {
    const response = await fetch(`${this.server.url}/b/${this.member("anonymous").boardId}${query}`, {
      headers: this.headersOf("moderator"),
    });
    const text = await response.text();
    // Without its paint, the page would hold no board at all, and this exit would prove nothing.
    expect(text, `the page ${query} paints its board`).toContain(BOARD_PAINT_MARK);
    return { exit: `board page ${query}`, text };
  }

  /**
   * Everything each persona received since `since`: its socket's packets (acks, frames, a catch-up
   * joined with `since`) and what every read exit answers it now (snapshot, programme, vCards, the
   * registrations CSV of `meetings`, the member exports of `groups`, calendars, the board's exports).
   * The socket logs start afresh.
   */
  async receivedSince(
    since: number,
    meetings: readonly string[],
    groups: readonly string[] = [],
  ): Promise<Map<Persona, Received[]>> {
    const publicCalendars = await Promise.all([
      this.read("anonymous", "calendar feed", "/meetings.ics"),
      ...meetings.map((id) => this.read("anonymous", "meeting calendar", `/meetings/${id}.ics`)),
      ...BOARD_PAGE_QUERIES.map((query) => this.boardPage(query)),
    ]);
    const received = new Map<Persona, Received[]>();
    await Promise.all(
      PERSONAS.map(async (persona) => {
        const onBoard = persona !== "otherBoard";
        if (onBoard) await this.catchUp(persona, since);
        const { feed } = this.member(persona);
        const reads = await Promise.all([
          this.read(persona, "GET snapshot", ""),
          this.read(persona, "programme", "/meetings"),
          // One vCard version per board (the same cards, written twice, would double the reads).
          this.transport === "socket"
            ? this.read(persona, "vCards 4.0", "/business-cards.vcf")
            : this.read(persona, "vCards 3.0", "/business-cards.vcf?version=3.0"),
          ...meetings.map((id) => this.read(persona, "registrations CSV", `/meetings/${id}/registrations.csv`)),
          // The board's exports (EXP-9): made from the same view, so they hold no more than it.
          this.read(persona, "export JSON", "/export.json"),
          this.read(persona, "export Markdown", "/export.md"),
          this.read(persona, "export CSV", "/export.csv"),
          // One's own data (DATA-1): only what this persona wrote, as its author reads it.
          this.read(persona, "my data", "/my-data.json"),
          ...(feed ? [this.read(persona, "personal feed", `/feeds/${feed.feedId}.ics?key=${feed.secret}`)] : []),
          ...groups.flatMap((id) => this.groupExports(persona, id)),
        ]);
        const wire = this.drain(persona).map((text) => ({ exit: packetExit(text), text }));
        // The public calendars and the board's page are the board id's, read anonymously; a link
        // holder's bytes are its link's.
        const plenary = onBoard && !LINK_HOLDERS.includes(persona);
        received.set(persona, [...wire, ...reads, ...(plenary ? publicCalendars : [])]);
      }),
    );
    return received;
  }

  /** A working group's member exports, read with the group's conveners' key by the convener persona. */
  private groupExports(persona: Persona, groupId: string): Promise<Received>[] {
    const key = persona === "convener" ? this.convenerKeys.get(groupId) : undefined;
    const path = `/groups/${groupId}/members`;
    return [
      this.read(persona, "members CSV", `${path}.csv`, key),
      this.read(persona, "members vCards", `${path}.vcf`, key),
      this.read(persona, "members JSON", `${path}.json`, key),
    ];
  }

  private drain(persona: Persona): string[] {
    const { wire } = this.member(persona);
    return wire.splice(0, wire.length);
  }

  close(): void {
    for (const member of this.members.values()) member.socket.close();
  }
}
