import type { Actor } from "../../shared/model";
import type { PendingOps } from "./pendingOps";
import type { Predictions } from "./predictions";

/**
 * SYNC-11: another tab of this browser queued or settled ops of this board (`key` is the storage key
 * it wrote, null for "anything may have changed"). Takes them into this tab's pending ops and
 * predictions; true when this tab should send again, because ops it waited behind are gone.
 */
export function takeOtherTabsOps(
  key: string | null,
  pending: PendingOps,
  predictions: Predictions,
  actor: Actor | null,
): boolean {
  const { added, changed, removed, appended } = key === null ? pending.reload() : pending.reloadKey(key);
  // Removed there: acknowledged (its change arrives here too, or already did) or dropped.
  for (const opId of removed) predictions.dropped(opId);
  for (const entry of changed) if (entry.blockedBy) predictions.dropped(entry.opId);
  if (!appended || !actor) predictions.markStale();
  else for (const { opId, op, blockedBy } of added) if (!blockedBy) predictions.push(opId, op, actor);
  return removed.length > 0 || changed.length > 0;
}
