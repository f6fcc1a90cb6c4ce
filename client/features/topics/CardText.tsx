import type { CardContent } from "../../../shared/model";
import { anyCardKind } from "./cardKinds/registry";

/**
 * A card's visible content, as its kind shows it (cardKinds/). On the board it opens with a
 * heading; where a copy is shown (conflict view, drag image) it is plain text.
 */
export function CardText({ content, asHeading = true }: { content: CardContent; asHeading?: boolean }) {
  const { View } = anyCardKind(content.kind);
  return <View content={content} asHeading={asHeading} />;
}
