import type { DraggableSyntheticListeners } from "@dnd-kit/core";

/** An element that takes part in drag and drop: a card near the viewport, or a column. */
export interface DndRegistration {
  kind: "card" | "column";
  columnId: string;
  /** Whether the user may drag it (cards only; a card one may not move still takes drops). */
  canMove: boolean;
  node: HTMLElement;
}

/** The dnd id of a column's free space (cards use their own id). */
export const columnDropId = (columnId: string) => `column:${columnId}`;

/** What a card element needs from dnd-kit while it takes part: listeners, and how to look mid-drag. */
export interface SortableParts {
  listeners: DraggableSyntheticListeners;
  transform: string | undefined;
  transition: string | undefined;
  isDragging: boolean;
}

type Listener = () => void;

/**
 * Connects the board's elements to dnd-kit without making them its React children. dnd-kit's
 * context changes on every pointer move, and React then searches the whole subtree below it for
 * the components that read it; with 5,000 cards below, that search alone took tens of ms per move.
 * So the cards register here (only while near the viewport), a small layer under dnd-kit's context
 * (DndLayer) binds the registered ones, and each card hears back only about itself.
 */
export class DndBindings {
  private readonly entries = new Map<string, DndRegistration>();
  private snapshot: ReadonlyMap<string, DndRegistration> = new Map();
  private stale = false;
  private readonly listeners = new Set<Listener>();
  private readonly parts = new Map<string, SortableParts>();
  private readonly partListeners = new Map<string, Set<Listener>>();

  /** Registers an element under its dnd id (the card id, or columnDropId); returns the undo. */
  register(id: string, registration: DndRegistration): () => void {
    this.entries.set(id, registration);
    this.changed();
    return () => {
      if (this.entries.get(id) !== registration) return;
      this.entries.delete(id);
      this.changed();
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Everything registered; the same object until something registers or leaves. */
  registered = (): ReadonlyMap<string, DndRegistration> => {
    if (this.stale) {
      this.snapshot = new Map(this.entries);
      this.stale = false;
    }
    return this.snapshot;
  };

  /** Called by the binding of a card with what the card should show; null when it is unbound. */
  setParts(cardId: string, parts: SortableParts | null): void {
    if (parts) this.parts.set(cardId, parts);
    else this.parts.delete(cardId);
    for (const listener of this.partListeners.get(cardId) ?? []) listener();
  }

  partsOf(cardId: string): SortableParts | null {
    return this.parts.get(cardId) ?? null;
  }

  watchParts(cardId: string, listener: Listener): () => void {
    const set = this.partListeners.get(cardId) ?? new Set<Listener>();
    this.partListeners.set(cardId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.partListeners.delete(cardId);
    };
  }

  private changed(): void {
    this.stale = true;
    for (const listener of this.listeners) listener();
  }
}
