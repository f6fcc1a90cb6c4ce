import { io } from "socket.io-client";
import { BoardSync } from "../client/sync/BoardSync";
import { memoryStorage } from "../client/sync/storage";
import { cardsOf } from "../shared/boardState";
import { newId } from "../shared/ids";
import type { Op } from "../shared/ops";
import { rankBetween } from "../shared/ordering";

/**
 * Many participants as the browser is one: the real client sync engine (BoardSync) over a real
 * socket.io-client socket with the browser's reconnection settings (client/sync/socket.ts), each with
 * its own storage, so a restart of the server is met exactly as pages meet it: reconnect with backoff
 * and jitter, rejoin with `since`, re-send the outbox. Used by the reconnect storm and the soak.
 */
interface Member {
  sync: BoardSync;
  close(): void;
  /** Set when the storm started and this one was seen offline since. */
  wentOffline: boolean;
  /** performance.now() when it was online again after going offline. */
  backAt: number | null;
}

export interface CrowdCensus {
  members: number;
  online: number;
  failed: number;
  /** Ops queued in outboxes, not yet acknowledged. */
  pending: number;
  minRevision: number;
  maxRevision: number;
  /** Members whose visible cards are exactly the server's (given as ids). */
  matching: number;
}

export interface WriteTally {
  submitted: number;
  acknowledged: number;
  refused: Record<string, number>;
  /** Cards whose add the server acknowledged and whose removal it did not: they must be stored. */
  acknowledgedCards: string[];
}

export interface StormTally {
  /** Members back online after going offline, and when the last one was, from the storm's start. */
  back: number;
  lastBackMs: number | null;
  /** Members that never went offline (a restart they did not notice) or never came back. */
  neverWentOffline: number;
  notBack: number;
}

/** The browser's settings (client/sync/socket.ts), websocket only, as a page that can open one uses. */
const BROWSER_RECONNECTION = { transports: ["websocket"], reconnectionDelayMax: 3_000, forceNew: true };

export class SyncCrowd {
  private members: Member[] = [];
  private stormStartedAt = 0;
  private readonly tally = { submitted: 0, acknowledged: 0, refused: {} as Record<string, number> };
  private readonly acknowledgedCards = new Set<string>();
  /** Cards each writer (by member index) added and still holds, oldest first. */
  private readonly own = new Map<number, string[]>();

  constructor(
    private readonly url: string,
    private readonly boardId: string,
    /** Simulated client addresses (X-Forwarded-For, trusted from loopback): members are spread over them. */
    private readonly addresses: number,
  ) {}

  get size(): number {
    return this.members.length;
  }

  /** Adds `count` members and waits until each is online or failed (or the timeout passes). */
  async join(count: number, timeoutMs = 60_000): Promise<number> {
    const added: Member[] = [];
    for (let i = 0; i < count; i++) added.push(this.member(this.members.length + i));
    this.members.push(...added);
    await this.until(() => added.every((m) => ["online", "failed"].includes(m.sync.getState().status)), timeoutMs);
    return added.filter((m) => m.sync.getState().status === "online").length;
  }

  /** Closes `count` members (the oldest non-writers first), as people closing the page. */
  leave(count: number, keep: number): number {
    const leaving = this.members.splice(keep, Math.min(count, Math.max(0, this.members.length - keep)));
    for (const member of leaving) member.close();
    return leaving.length;
  }

  private member(index: number): Member {
    const address = `10.77.${Math.floor((index % this.addresses) / 250)}.${(index % this.addresses) % 250}`;
    const socket = io(this.url, { ...BROWSER_RECONNECTION, extraHeaders: { "x-forwarded-for": address } });
    const sync = new BoardSync({ socket, boardId: this.boardId, storage: memoryStorage(), apiBase: null });
    const member: Member = {
      sync,
      wentOffline: false,
      backAt: null,
      close() {
        sync.stop();
        socket.close();
      },
    };
    sync.subscribe(() => {
      if (!this.stormStartedAt) return;
      const { status } = sync.getState();
      if (status !== "online") member.wentOffline = true;
      else if (member.wentOffline && member.backAt === null) member.backAt = performance.now();
    });
    return member;
  }

  /** From now on, note when each member goes offline and comes back. */
  markStorm(): void {
    this.stormStartedAt = performance.now();
    for (const member of this.members) {
      member.wentOffline = false;
      member.backAt = null;
    }
  }

  storm(): StormTally {
    const back = this.members.filter((m) => m.backAt !== null);
    return {
      back: back.length,
      lastBackMs: back.length ? Math.max(...back.map((m) => (m.backAt as number) - this.stormStartedAt)) : null,
      neverWentOffline: this.members.filter((m) => !m.wentOffline).length,
      notBack: this.members.filter((m) => m.wentOffline && m.backAt === null).length,
    };
  }

  /**
   * One op by writer `index` (one of the first members): a new card, a move or an edit of one of its
   * own, or, past five of its own, the removal of its oldest, so the board stays the same size.
   */
  write(index: number, columnIds: string[], step: number): void {
    const sync = this.members[index]?.sync;
    const board = sync?.getState().board;
    if (!sync || !board) return;
    const cards = cardsOf(board);
    const mine = (this.own.get(index) ?? []).filter((id) => cards[id]);
    this.own.set(index, mine);
    const column = columnIds[step % columnIds.length];
    const lastRank = Object.values(cards)
      .filter((card) => card.columnId === column)
      .reduce<string | null>((max, card) => (max === null || card.rank > max ? card.rank : max), null);
    let op: Op;
    const kind = step % 4;
    if (mine.length > 5) {
      const cardId = mine.shift() as string;
      op = { type: "card.remove", cardId };
    } else if (kind === 1 && mine.length > 0) {
      op = { type: "card.move", cardId: mine[0], columnId: column, rank: rankBetween(lastRank, null) };
    } else if (kind === 2 && mine.length > 0) {
      const card = cards[mine[mine.length - 1]];
      const title = `Bearbeitet ${step}`;
      op = { type: "card.edit", cardId: card.id, baseVersion: card.version, content: { ...card.content, title } };
    } else {
      const cardId = newId();
      mine.push(cardId);
      op = {
        type: "card.add",
        cardId,
        columnId: column,
        rank: rankBetween(lastRank, null),
        authorName: `Teilnehmende ${index}`,
        content: { kind: "topic", title: `Vorschlag ${step}`, body: "Mehr Radwege an der Schule", link: null },
      };
    }
    this.tally.submitted++;
    void sync.submit(op).then((answer) => {
      if (answer.ok && op.type === "card.add") this.acknowledgedCards.add(op.cardId);
      if (answer.ok && op.type === "card.remove") this.acknowledgedCards.delete(op.cardId);
      if (answer.ok) this.tally.acknowledged++;
      else {
        const key = `${op.type} ${answer.problem.code}`;
        this.tally.refused[key] = (this.tally.refused[key] ?? 0) + 1;
      }
    });
  }

  writes(): WriteTally {
    return { ...this.tally, refused: { ...this.tally.refused }, acknowledgedCards: [...this.acknowledgedCards] };
  }

  /** Where every member stands; with the server's card ids, how many show exactly those. */
  census(serverCardIds?: string[]): CrowdCensus {
    const expected = serverCardIds ? [...serverCardIds].sort().join(",") : null;
    let online = 0;
    let failed = 0;
    let pending = 0;
    let matching = 0;
    let minRevision = Number.POSITIVE_INFINITY;
    let maxRevision = 0;
    for (const { sync } of this.members) {
      const state = sync.getState();
      if (state.status === "online") online++;
      if (state.status === "failed") failed++;
      pending += state.pendingCount;
      minRevision = Math.min(minRevision, state.revision);
      maxRevision = Math.max(maxRevision, state.revision);
      if (expected !== null && state.board && Object.keys(cardsOf(state.board)).sort().join(",") === expected) {
        matching++;
      }
    }
    return {
      members: this.members.length,
      online,
      failed,
      pending,
      minRevision: Number.isFinite(minRevision) ? minRevision : 0,
      maxRevision,
      matching,
    };
  }

  /** Waits until every member is online at `revision` or later with an empty outbox. */
  settled(revision: number, timeoutMs: number): Promise<boolean> {
    return this.until(
      () =>
        this.members.every((m) => {
          const state = m.sync.getState();
          return state.status === "online" && state.revision >= revision && state.pendingCount === 0;
        }),
      timeoutMs,
    );
  }

  private async until(check: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!check()) {
      if (performance.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
  }

  close(): void {
    for (const member of this.members.splice(0)) member.close();
  }
}

/** The censuses of several crowd processes as one. */
export function sumCensuses(censuses: CrowdCensus[]): CrowdCensus {
  return censuses.reduce((a, b) => ({
    members: a.members + b.members,
    online: a.online + b.online,
    failed: a.failed + b.failed,
    pending: a.pending + b.pending,
    minRevision: Math.min(a.minRevision, b.minRevision),
    maxRevision: Math.max(a.maxRevision, b.maxRevision),
    matching: a.matching + b.matching,
  }));
}

/** Every member shows the server's cards at its revision, with nothing left to send. */
export function isSettled(census: CrowdCensus, revision: number): boolean {
  return census.matching === census.members && census.pending === 0 && census.minRevision >= revision;
}

/** Refused ops by op type and problem code, for a report's cell. */
export const refusalsText = (refused: Record<string, number>) =>
  Object.entries(refused)
    .map(([what, count]) => `${count} ${what}`)
    .join(", ") || "none";
