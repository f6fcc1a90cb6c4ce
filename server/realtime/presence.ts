import { randomUUID } from "node:crypto";
import { z } from "zod";
import { roomOf } from "./audiences";
import type { BoardServer, PresenceCounts } from "./types";

/** What another process reports; anything else (another version, a bug) is ignored. */
const PresenceCountsSchema = z.strictObject({
  from: z.string().min(1).max(100),
  full: z.boolean(),
  bye: z.boolean().optional(),
  counts: z.record(z.string().max(100), z.number().int().min(0).max(10_000_000)),
});

export interface PresenceOptions {
  /** At most one presence message per board and this interval (PRES-1: two per second). */
  intervalMs?: number;
  /**
   * Several processes (SCALE-5): share this process's counts with the others and add theirs. Each
   * process sends a board's count when it changed (throttled like the messages to the room) and all
   * its counts every `heartbeatMs`; a process not heard of for `expireMs` (killed) no longer counts.
   * Without it (no adapter), only this process's sockets count.
   */
  shared?: { heartbeatMs?: number; expireMs?: number };
}

/**
 * Tells a board's room how many people (browsers, PRES-3) are on it. Volatile: never stored. Throttled so that a
 * thousand people joining at once cause a handful of broadcasts, not a million messages. Each
 * process tells its own sockets (`io.local`); with `shared`, the count is theirs plus what the other
 * processes reported, so a join costs no more than with one process.
 */
export function createPresence(io: BoardServer, { intervalMs = 500, shared }: PresenceOptions = {}) {
  const localCount = (boardId: string) => peopleIn(io, boardId);
  const pending = new Map<string, NodeJS.Timeout>();
  const changed = (boardId: string) => {
    if (pending.has(boardId)) return;
    pending.set(
      boardId,
      setTimeout(() => send(boardId), intervalMs),
    );
  };
  // Another process's news matters only to boards with people here.
  const others = shared
    ? shareCounts(io, shared, (boardId) => {
        if (localCount(boardId) > 0) changed(boardId);
      })
    : undefined;
  const total = (boardId: string) => localCount(boardId) + (others?.countOf(boardId) ?? 0);
  const send = (boardId: string) => {
    pending.delete(boardId);
    others?.share(boardId, localCount(boardId));
    io.local.to(roomOf(boardId)).emit("presence", { count: total(boardId) });
  };
  return {
    changed,
    /** Answers one socket at once, so a newcomer does not wait for the next tick. */
    tell(boardId: string, emit: (count: number) => void) {
      emit(total(boardId));
    },
    stop() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      others?.stop();
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;

/**
 * PRES-3: the people in this process's room of a board, not its sockets. The tabs of one browser
 * share its author token, so on one board they share an author id and count once; a socket without
 * one counts alone. A browser's tabs reach one process (nginx's route cookie), so the processes'
 * counts add up without counting anyone twice.
 */
function peopleIn(io: BoardServer, boardId: string): number {
  const room = io.sockets.adapter.rooms.get(roomOf(boardId));
  if (!room) return 0;
  const people = new Set<string>();
  for (const socketId of room) people.add(io.sockets.sockets.get(socketId)?.data.authorId ?? socketId);
  return people.size;
}

interface Peer {
  seenAt: number;
  counts: Map<string, number>;
}

/** This process's counts out, the other processes' counts in (SCALE-5). */
function shareCounts(
  io: BoardServer,
  { heartbeatMs = 5_000, expireMs = 3 * heartbeatMs }: NonNullable<PresenceOptions["shared"]>,
  onChange: (boardId: string) => void,
) {
  const self = randomUUID();
  /** What the others were told: boards with people here. */
  const mine = new Map<string, number>();
  const peers = new Map<string, Peer>();
  const emit = (message: Omit<PresenceCounts, "from">) =>
    io.serverSideEmit("presence:counts", { from: self, ...message });
  const heartbeat = () => emit({ full: true, counts: Object.fromEntries(mine) });

  io.on("presence:counts", (message: unknown) => {
    const parsed = PresenceCountsSchema.safeParse(message);
    if (!parsed.success || parsed.data.from === self) return;
    const { from, full, bye, counts } = parsed.data;
    let peer = peers.get(from);
    const newcomer = !peer && !bye;
    if (!peer) {
      peer = { seenAt: 0, counts: new Map() };
      peers.set(from, peer);
    }
    peer.seenAt = Date.now();
    const before = new Map(peer.counts);
    if (full) peer.counts.clear();
    for (const [boardId, count] of Object.entries(counts)) {
      if (count > 0) peer.counts.set(boardId, count);
      else peer.counts.delete(boardId);
    }
    if (bye) peers.delete(from);
    const after = bye ? new Map<string, number>() : peer.counts;
    // A heartbeat that repeats what was known tells nobody anything.
    for (const boardId of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(boardId) !== after.get(boardId)) onChange(boardId);
    }
    // A process that just started learns our counts now rather than at our next heartbeat.
    if (newcomer) heartbeat();
  });

  const timer = setInterval(() => {
    heartbeat();
    const now = Date.now();
    for (const [from, peer] of peers) {
      if (now - peer.seenAt <= expireMs) continue;
      peers.delete(from);
      for (const boardId of peer.counts.keys()) onChange(boardId);
    }
  }, heartbeatMs);
  timer.unref();
  // Tells the others at once that this process is here (they answer with their counts).
  heartbeat();

  return {
    countOf(boardId: string): number {
      let sum = 0;
      for (const peer of peers.values()) sum += peer.counts.get(boardId) ?? 0;
      return sum;
    },
    share(boardId: string, count: number) {
      if ((mine.get(boardId) ?? 0) === count) return;
      if (count > 0) mine.set(boardId, count);
      else mine.delete(boardId);
      emit({ full: false, counts: { [boardId]: count } });
    },
    stop() {
      clearInterval(timer);
      emit({ full: true, bye: true, counts: {} });
    },
  };
}
