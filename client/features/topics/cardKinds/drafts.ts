import type { CardKind } from "../../../../shared/model";
import type { FlatDraft } from "./flatDraft";
import type { TopicDraft } from "./topic";

export type { FlatDraft } from "./flatDraft";

/** Each kind's draft. A kind missing here fails to compile wherever `DraftOf` meets it. */
interface DraftsByKind {
  topic: TopicDraft;
}

export type DraftOf<K extends CardKind> = DraftsByKind[K];

/** A card's form draft, of any kind; `kind` tells which. */
export type CardDraft = DraftOf<CardKind>;

export function sameDraft(a: CardDraft, b: CardDraft): boolean {
  const [left, right]: FlatDraft[] = [a, b];
  const fields = Object.keys(left);
  return fields.length === Object.keys(right).length && fields.every((field) => left[field] === right[field]);
}
