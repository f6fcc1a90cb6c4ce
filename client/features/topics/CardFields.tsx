import type { CardDraft } from "./cardKinds/drafts";
import { anyCardKind } from "./cardKinds/registry";
import type { CardKindFieldsProps } from "./cardKinds/types";

/** A card's form fields, as its kind lays them out (cardKinds/): shared by the add form and the editor. */
export function CardFields({ draft, errors, onChange }: CardKindFieldsProps<CardDraft>) {
  const { Fields } = anyCardKind(draft.kind);
  return <Fields draft={draft} errors={errors} onChange={onChange} />;
}
