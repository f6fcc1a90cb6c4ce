import { authoredBy } from "../../core/personalData";
import { putWrite, type RecordWrite, removeWrite } from "../../core/records";
import type { Card } from "../../model";
import { clustersLeftEmpty } from "../clusters";

/**
 * DATA-2: a person's cards go, as card.remove does (a cluster left without a card goes too). Words
 * of others merged into one of them (CLU-6) stay: the card is forgotten and the same id holds the
 * first merged words as a card without author, the rest still merged into it, in the same change.
 * Their own words merged into someone else's card stay there: a merge copies no author id (ANON-1),
 * so nothing tells them apart from any other person's.
 */
export const cardPersonalData = authoredBy<Card>(["name", "text"], "topics", (view, own) => {
  const writes: RecordWrite[] = own.map(removeWrite);
  const gone = own.filter((card) => !card.merged?.length);
  for (const card of own) {
    const [first, ...rest] = card.merged ?? [];
    if (!first) continue;
    const successor: Card = {
      ...card,
      authorId: null,
      authorName: first.authorName,
      content: first.content,
      createdAt: first.createdAt,
      version: card.version + 1,
      merged: rest,
    };
    writes.push(putWrite(successor));
  }
  return [...writes, ...clustersLeftEmpty(view, gone)];
});
