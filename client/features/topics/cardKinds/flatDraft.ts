import type { CardKind } from "../../../../shared/model";

/** A form's fields as typed, before validation: text by field name, and the kind they make. */
export type FlatDraft = { readonly kind: CardKind; [field: string]: string };
