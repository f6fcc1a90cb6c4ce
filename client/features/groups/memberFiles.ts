/** Who asks for a group's members: the board's moderator key, or the group's conveners' secret (AG-5). */
export type MemberKey = { moderatorKey: string } | { convenerKey: string };

export interface MemberWithContact {
  membershipId: string;
  name: string;
  contact: string | null;
  businessCardId: string | null;
  createdAt: number;
}

const headersOf = (key: MemberKey, language: string): Record<string, string> => ({
  ...("moderatorKey" in key ? { "X-Moderator-Key": key.moderatorKey } : { "X-Convener-Key": key.convenerKey }),
  "Accept-Language": language.startsWith("en") ? "en" : "de",
});

const membersUrl = (boardId: string, groupId: string, file: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/groups/${encodeURIComponent(groupId)}/${file}`;

/** The file name the server gave (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * AG-5: downloads a group's members as CSV or vCard. The browser fetches with the key it holds (no
 * header for anyone to set by hand) and saves what the server answered. False when it failed.
 */
export async function downloadMembers(
  boardId: string,
  groupId: string,
  format: "csv" | "vcf",
  key: MemberKey,
  language: string,
): Promise<boolean> {
  const file = format === "csv" ? "members.csv" : `members.vcf?lang=${language.startsWith("en") ? "en" : "de"}`;
  const response = await fetch(membersUrl(boardId, groupId, file), { headers: headersOf(key, language) }).catch(
    () => null,
  );
  if (!response?.ok) return false;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response, format === "csv" ? "arbeitsgruppe.csv" : "arbeitsgruppe.vcf");
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** The members with their contacts, for a convener's view (they receive no contacts live, AG-5). */
export async function fetchMembers(
  boardId: string,
  groupId: string,
  key: MemberKey,
): Promise<MemberWithContact[] | null> {
  const response = await fetch(membersUrl(boardId, groupId, "members.json"), { headers: headersOf(key, "de") }).catch(
    () => null,
  );
  if (!response?.ok) return null;
  return ((await response.json()) as { members: MemberWithContact[] }).members;
}
