import type { Card } from "../../../shared/model";
import { type KeyValueStorage, keysWithPrefix, readJson } from "../../sync/storage";
import type { CardDraft } from "./cardKinds/drafts";
import { cardLabel, contentToDraft, DEFAULT_CARD_KIND, isCardKind } from "./cardKinds/registry";

/** An open card editor: what the user typed, the version it is based on, and a conflict if any. */
export interface EditorDraft {
  fields: CardDraft;
  baseVersion: number;
  /** The server's copy when a save met a newer version; the user merges and saves again. */
  conflict: Card | null;
  /** The card's label when editing began, to name the card should it be deleted meanwhile. */
  cardTitle: string;
}

export type EditorDraftMap = Readonly<Record<string, EditorDraft>>;

const isDraft = (value: unknown): value is EditorDraft =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as EditorDraft).fields === "object" &&
  (value as EditorDraft).fields !== null &&
  typeof (value as EditorDraft).baseVersion === "number";

/** A stored draft, if it is one of a kind this page knows. Drafts stored before kinds existed are topics. */
function readDraft(value: unknown): EditorDraft | null {
  if (!isDraft(value)) return null;
  const kind = (value.fields as { kind?: unknown }).kind ?? DEFAULT_CARD_KIND;
  return isCardKind(kind) ? { ...value, fields: { ...value.fields, kind } } : null;
}

/**
 * Open card editors for one board. Kept outside the card components, so an editor survives its
 * card being moved to another column, and in storage, so a reload loses nothing typed.
 *
 * Each card's draft has a key of its own (`themenwand:draft:<boardId>:<cardId>`), so two tabs never
 * overwrite each other's drafts (SYNC-11); `reload` reads what other tabs wrote since.
 */
export class EditorDrafts {
  private drafts: EditorDraftMap = {};
  private readonly listeners = new Set<() => void>();
  readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage,
    boardId: string,
  ) {
    this.prefix = `themenwand:draft:${boardId}:`;
    this.migrate(`themenwand:drafts:${boardId}`);
    this.reload();
  }

  /** Reads the drafts again, with what other tabs changed meanwhile. */
  reload(): void {
    const drafts: Record<string, EditorDraft> = {};
    for (const key of keysWithPrefix(this.storage, this.prefix)) {
      const draft = readDraft(readJson<unknown>(this.storage, key, null));
      if (draft) drafts[key.slice(this.prefix.length)] = draft;
    }
    this.drafts = drafts;
    this.notify();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorDraftMap => this.drafts;

  open(card: Card): void {
    if (this.drafts[card.id]) return;
    this.set(card.id, {
      fields: contentToDraft(card.content),
      baseVersion: card.version,
      conflict: null,
      cardTitle: cardLabel(card.content),
    });
  }

  change(cardId: string, fields: CardDraft): void {
    const draft = this.drafts[cardId];
    if (draft) this.set(cardId, { ...draft, fields });
  }

  /** A save was refused for a newer version: reopen with the user's text next to the current copy. */
  conflict(cardId: string, fields: CardDraft, current: Card): void {
    const open = this.drafts[cardId];
    this.set(cardId, {
      // A draft typed after the refused save is newer than the refused one; keep that.
      fields: open ? open.fields : fields,
      baseVersion: current.version,
      conflict: current,
      cardTitle: cardLabel(current.content),
    });
  }

  close(cardId: string): void {
    if (!this.drafts[cardId]) return;
    const { [cardId]: _closed, ...rest } = this.drafts;
    this.drafts = rest;
    this.save(cardId, null);
  }

  private set(cardId: string, draft: EditorDraft): void {
    this.drafts = { ...this.drafts, [cardId]: draft };
    this.save(cardId, draft);
  }

  private save(cardId: string, draft: EditorDraft | null): void {
    try {
      if (draft === null) this.storage.removeItem(this.prefix + cardId);
      else this.storage.setItem(this.prefix + cardId, JSON.stringify(draft));
    } catch {
      // Storage full or denied: drafts stay in memory for this page.
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Drafts kept by an older version as one map under one key: each gets its own key. */
  private migrate(oldKey: string): void {
    const old = readJson<unknown>(this.storage, oldKey, null);
    if (old === null) return;
    if (typeof old === "object") {
      for (const [cardId, draft] of Object.entries(old as Record<string, unknown>)) {
        if (isDraft(draft)) this.save(cardId, draft);
      }
    }
    try {
      this.storage.removeItem(oldKey);
    } catch {
      // Denied: taken over again next time.
    }
  }
}
