import { saveFile } from "../../core/saveFile";
import { readAuthorToken } from "../../sync/joinRequest";
import { browserStorage } from "../../sync/storage";

/** Who asks: the moderator key the page joined with and this browser's author token (EXP-10). */
export function callerHeaders(moderatorKey: string | null): Record<string, string> {
  const authorToken = readAuthorToken(browserStorage());
  return {
    ...(authorToken ? { "X-Author-Token": authorToken } : {}),
    ...(moderatorKey ? { "X-Moderator-Key": moderatorKey } : {}),
  };
}

/** The file name the server gave (filename* first, as written), else `fallback`. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const written = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (written) {
    try {
      return decodeURIComponent(written);
    } catch {
      // A name that does not decode: the plain one below.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * EXP-10: an export as a download, fetched with the keys this page holds (headers a link cannot
 * send), so an organiser gets with one click what a script gets with `X-Moderator-Key`.
 * Resolves to the file's name, or null when the server refused.
 */
export async function downloadExport(
  path: string,
  moderatorKey: string | null,
  language: string,
): Promise<string | null> {
  const separator = path.includes("?") ? "&" : "?";
  const response = await fetch(`${path}${separator}lang=${language.startsWith("en") ? "en" : "de"}`, {
    headers: callerHeaders(moderatorKey),
  }).catch(() => null);
  if (!response?.ok) return null;
  const fallback = path.split("/").pop()?.split("?")[0] ?? "export";
  const name = fileNameOf(response.headers.get("Content-Disposition"), fallback);
  saveFile(await response.blob(), name);
  return name;
}
