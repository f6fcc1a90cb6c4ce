import type { ComponentType } from "react";
import type { CardContent, CardKind } from "../../../../shared/model";
import type { FlatDraft } from "./flatDraft";
import type { DraftErrors } from "./validation";

/** The content of one kind of card. */
export type ContentOf<K extends CardKind> = Extract<CardContent, { kind: K }>;

/** How a kind's content is shown: on the board as a heading, as plain text where a copy is shown. */
export interface CardKindViewProps<C> {
  content: C;
  asHeading?: boolean;
}

/** A kind's form fields, shared by the add form and the editor. */
export interface CardKindFieldsProps<D> {
  draft: D;
  errors: DraftErrors<D>;
  onChange(draft: D): void;
}

/**
 * Everything the client knows about one kind of card, apart from its schema (shared/ops.ts). The
 * board, the editor, announcements and alerts reach a card's content only through these.
 */
export interface CardKindDefinition<C extends CardContent, D extends FlatDraft> {
  readonly kind: C["kind"];
  /** The card's name in aria labels, announcements, confirm dialogs and lists. */
  label(content: C): string;
  View: ComponentType<CardKindViewProps<C>>;
  Fields: ComponentType<CardKindFieldsProps<D>>;
  emptyDraft(): D;
  toDraft(content: C): D;
  /** Call only on a draft `validate` found no errors in. */
  fromDraft(draft: D): C;
  /** The server's rules (shared/ops.ts) told in words a person understands; empty when the draft is fine. */
  validate(draft: D): DraftErrors<D>;
  /** The card's words as plain text, shown for copying when a change could not be saved. */
  submittedText(content: C): string;
}
