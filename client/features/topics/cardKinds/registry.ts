import type { CardContent, CardKind } from "../../../../shared/model";
import type { CardDraft, DraftOf } from "./drafts";
import { topicKind } from "./topic";
import type { CardKindDefinition, ContentOf } from "./types";
import type { DraftErrors } from "./validation";

type DefinitionOf<K extends CardKind> = CardKindDefinition<ContentOf<K>, DraftOf<K>>;

/**
 * Every kind of card the client knows, by kind. Typed over `CardKind`, so a kind added to
 * `CardContent` (shared/model.ts) does not compile until it has a definition here.
 */
const CARD_KINDS: { readonly [K in CardKind]: DefinitionOf<K> } = {
  topic: topicKind,
};

/** The kind the add-card form offers, and the kind of drafts stored before drafts named theirs. */
export const DEFAULT_CARD_KIND: CardKind = "topic";

export const cardKinds = (): readonly CardKind[] => Object.keys(CARD_KINDS) as CardKind[];

export const isCardKind = (kind: unknown): kind is CardKind =>
  typeof kind === "string" && Object.hasOwn(CARD_KINDS, kind);

export function cardKind<K extends CardKind>(kind: K): DefinitionOf<K> {
  return CARD_KINDS[kind];
}

/**
 * The definition for content or a draft of any kind, for generic places (CardText, CardFields). Pass
 * it only content or drafts of that `kind`: TypeScript cannot follow that through a union, hence the cast.
 */
export const anyCardKind = (kind: CardKind) => cardKind(kind) as unknown as CardKindDefinition<CardContent, CardDraft>;

/** A card's name in aria labels, announcements, confirm dialogs and lists. */
export const cardLabel = (content: CardContent): string => anyCardKind(content.kind).label(content);

/** A card's words as plain text, for copying when a change could not be saved. */
export const cardSubmittedText = (content: CardContent): string => anyCardKind(content.kind).submittedText(content);

export const contentToDraft = (content: CardContent): CardDraft => anyCardKind(content.kind).toDraft(content);

export const draftToContent = (draft: CardDraft): CardContent => anyCardKind(draft.kind).fromDraft(draft);

export const validateDraft = (draft: CardDraft): DraftErrors<CardDraft> => anyCardKind(draft.kind).validate(draft);

export const emptyDraft = (kind: CardKind): CardDraft => cardKind(kind).emptyDraft();
