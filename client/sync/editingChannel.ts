import type { Editing, EditingRequest } from "../../shared/events";
import type { BoardClientSocket } from "./socket";

/**
 * Who else edits which cards (PRES-EDIT-1), and telling the others what this page edits. Volatile:
 * what the others edit is forgotten on a disconnect (the server tells it again on the next join),
 * and what this page edits is told again after every join.
 */
export class EditingChannel {
  private readonly others = new Map<string, Editing>();
  /** Per card, the names of the others editing it ("" for someone without a name). */
  private byCard = new Map<string, readonly string[]>();
  private readonly listeners = new Set<() => void>();
  private mine: EditingRequest = { cardIds: [], name: null };
  /** Joined to the board: the server takes notices only then. */
  private onBoard = false;

  constructor(private readonly socket: BoardClientSocket) {
    socket.on("editing", this.onEditing);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same array while nothing changed for the card, for useSyncExternalStore. */
  namesOf(cardId: string): readonly string[] | undefined {
    return this.byCard.get(cardId);
  }

  /** What this page edits now; sent when it changed (and again after each join). */
  setMine(cardIds: readonly string[], name: string | null): void {
    const next = { cardIds: [...cardIds].sort(), name };
    if (next.name === this.mine.name && next.cardIds.join() === this.mine.cardIds.join()) return;
    this.mine = next;
    if (this.onBoard && this.socket.connected) this.socket.emit("editing", this.mine);
  }

  joined(): void {
    this.onBoard = true;
    if (this.mine.cardIds.length > 0) this.socket.emit("editing", this.mine);
  }

  /** Off the board (a disconnect, a new connection): what the others edit is no longer known. */
  left(): void {
    this.onBoard = false;
    if (this.others.size === 0) return;
    this.others.clear();
    this.changed();
  }

  stop(): void {
    this.socket.off("editing", this.onEditing);
    this.listeners.clear();
  }

  private onEditing = (editing: Editing) => {
    if (editing.cardIds.length > 0) this.others.set(editing.editor, editing);
    else if (!this.others.delete(editing.editor)) return;
    this.changed();
  };

  private changed(): void {
    const next = new Map<string, string[]>();
    for (const { cardIds, name } of this.others.values()) {
      for (const cardId of cardIds) next.set(cardId, [...(next.get(cardId) ?? []), name ?? ""]);
    }
    // Keep a card's array when its names stayed, so only cards whose marker changed render again.
    const before = this.byCard;
    this.byCard = new Map(
      [...next].map(([cardId, names]) => {
        const old = before.get(cardId);
        return [cardId, old && old.join("\n") === names.join("\n") ? old : names];
      }),
    );
    for (const listener of this.listeners) listener();
  }
}
