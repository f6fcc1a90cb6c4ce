import type { VotingRound } from "../../../shared/features/voting";
import type { VotingTranslate } from "./useVotingT";

/** A round's name, or "Runde vom 6.12., 14:20" for one without. */
export function roundTitle(round: VotingRound, t: VotingTranslate): string {
  if (round.title) return round.title;
  const date = new Date(round.openedAt).toLocaleString(undefined, {
    day: "numeric",
    month: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
  return t("voting.untitled", { date });
}
