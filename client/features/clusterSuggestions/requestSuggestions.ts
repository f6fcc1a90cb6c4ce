import type { ClusterSuggestionsAnswer } from "../../../shared/api";

/** Asks the server for suggested clusters (SUG-2); null when it could not answer. `apiBase`: "" for the page's origin. */
export async function requestSuggestions(
  boardId: string,
  moderatorKey: string,
  columnId: string | null,
  apiBase = "",
): Promise<ClusterSuggestionsAnswer | null> {
  try {
    const response = await fetch(`${apiBase}/api/boards/${encodeURIComponent(boardId)}/cluster-suggestions`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Moderator-Key": moderatorKey },
      body: JSON.stringify(columnId ? { columnId } : {}),
    });
    return response.ok ? ((await response.json()) as ClusterSuggestionsAnswer) : null;
  } catch {
    return null;
  }
}
