import type { Card } from "../../shared/model";
import { type KeyValueStorage, readJson } from "../sync/storage";
import { type CardDraft, contentToDraft } from "./cardDraft";

/** An open card editor: what the user typed, the version it is based on, and a conflict if any. */
export interface EditorDraft {
  fields: CardDraft;
  baseVersion: number;
  /** The server's copy when a save met a newer version; the user merges and saves again. */
  conflict: Card | null;
  /** The card's title when editing began, to name the card should it be deleted meanwhile. */
  cardTitle: string;
}

export type EditorDraftMap = Readonly<Record<string, EditorDraft>>;

/**
 * Open card editors for one board. Kept outside the card components, so an editor survives its
 * card being moved to another column, and in storage, so a reload loses nothing typed.
 */
export class EditorDrafts {
  private drafts: EditorDraftMap;
  private readonly listeners = new Set<() => void>();
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage,
    boardId: string,
  ) {
    this.key = `themenwand:drafts:${boardId}`;
    const stored = readJson<EditorDraftMap>(storage, this.key, {});
    this.drafts = stored && typeof stored === "object" ? stored : {};
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
      cardTitle: card.content.title,
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
      cardTitle: current.content.title,
    });
  }

  close(cardId: string): void {
    if (!this.drafts[cardId]) return;
    const { [cardId]: _closed, ...rest } = this.drafts;
    this.drafts = rest;
    this.save();
  }

  private set(cardId: string, draft: EditorDraft): void {
    this.drafts = { ...this.drafts, [cardId]: draft };
    this.save();
  }

  private save(): void {
    try {
      if (Object.keys(this.drafts).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(this.drafts));
    } catch {
      // Storage full or denied: drafts stay in memory for this page.
    }
    for (const listener of this.listeners) listener();
  }
}
