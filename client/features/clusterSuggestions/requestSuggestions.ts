import type { ClusterSuggestionsAnswer } from "../../../shared/api";

export type SuggestionsReply =
  | { ok: true; answer: ClusterSuggestionsAnswer }
  /** `tooMany`: more cards than the server takes at once; one column may do (SUG-2). */
  | { ok: false; reason: "tooMany" | "failed" };

/** Asks the server for suggested clusters (SUG-2). `apiBase`: "" for the page's origin. */
export async function requestSuggestions(
  boardId: string,
  moderatorKey: string,
  columnId: string | null,
  apiBase = "",
): Promise<SuggestionsReply> {
  try {
    const response = await fetch(`${apiBase}/api/boards/${encodeURIComponent(boardId)}/cluster-suggestions`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Moderator-Key": moderatorKey },
      body: JSON.stringify(columnId ? { columnId } : {}),
    });
    if (response.ok) return { ok: true, answer: (await response.json()) as ClusterSuggestionsAnswer };
    return { ok: false, reason: response.status === 422 ? "tooMany" : "failed" };
  } catch {
    return { ok: false, reason: "failed" };
  }
}
