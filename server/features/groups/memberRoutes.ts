import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { recordMapOf } from "../../../shared/core/recordState";
import { viewOf } from "../../../shared/core/recordView";
import type { Viewer } from "../../../shared/core/visibility";
import { problem } from "../../../shared/errors";
import { membersOf, type WorkingGroup } from "../../../shared/features/groups";
import type { BusinessCard } from "../../../shared/features/networking";
import { vcards3Of } from "../../../shared/features/networking/vcard3";
import { vcards4Of } from "../../../shared/features/networking/vcard4";
import { EntityId } from "../../../shared/fields";
import { fileNamePart } from "../../../shared/fileName";
import { SecretToken } from "../../../shared/joinSchema";
import { secretMatchesHash } from "../../auth/secrets";
import { berlinTime, sendCsv, spreadsheetLanguageOf } from "../../core/csvText";
import type { SnapshotCache } from "../../core/snapshotCache";
import { answerPerCaller } from "../../http/answerPerCaller";
import { boardRequestOf, viewerOf } from "../../http/boardRequest";
import { sendProblem } from "../../http/sendProblem";
import type { BoardStore } from "../../store/BoardStore";
import { parseWith } from "../../validation";
import { type ExportedMember, MEMBER_CSV_HEADER, memberAsCard, memberRow } from "./memberCards";

interface Deps {
  store: BoardStore;
  snapshots: SnapshotCache;
}

interface GroupMembers {
  boardId: string;
  group: WorkingGroup;
  members: ExportedMember[];
}

const MODERATORS: Viewer = { role: "moderator", authorId: null };

const VcardQuery = z.object({
  version: z.enum(["4.0", "3.0"]).default("4.0"),
  lang: z.enum(["de", "en"]).default("de"),
});

/**
 * AG-5: a working group's members for its conveners (X-Convener-Key, the secret of their personal
 * link, checked in constant time against the group's stored hash) and the board's moderators
 * (X-Moderator-Key), as CSV, vCards and JSON (the conveners' list in the group view). Each holds what
 * the members chose to share: the contact address they gave the group, and their business card as
 * the requester may read it (a convener as a participant, a moderator as a moderator). Anyone else is
 * refused; a wrong convener key is answered like none.
 */
export function memberRoutes({ store, snapshots }: Deps): Router {
  const router = Router();

  async function membersFor(req: Request, res: Response): Promise<GroupMembers | undefined> {
    res.vary("X-Convener-Key");
    const request = await boardRequestOf(req, store);
    if (!request.ok) {
      sendProblem(res, request.problem);
      return undefined;
    }
    const { boardId } = request.value;
    const groupId = EntityId.safeParse(req.params.groupId);
    const stored = groupId.success ? await snapshots.storedRecord(boardId, "workingGroup", groupId.data) : undefined;
    const group = stored?.record as WorkingGroup | undefined;
    if (!group) {
      sendProblem(res, problem("not_found", "This working group does not exist."));
      return undefined;
    }
    if (!request.value.moderator && !isConvener(req, group)) {
      sendProblem(
        res,
        problem("forbidden", "Only the group's conveners and the board's moderators may export its members."),
      );
      return undefined;
    }
    // The members' contact addresses as moderators read them (AG-3: shared with the conveners too),
    // narrowed here to this group; their business cards as the requester may read them (NET-2).
    const [withContacts, asRequester] = await Promise.all([
      snapshots.snapshotFor(boardId, MODERATORS),
      snapshots.snapshotFor(boardId, viewerOf(request.value)),
    ]);
    if (!withContacts || !asRequester) {
      sendProblem(res, problem("unknown_board", "This board does not exist."));
      return undefined;
    }
    const cards = viewOf(recordMapOf(asRequester.records));
    const members = membersOf(viewOf(recordMapOf(withContacts.records)), group.id).map((membership) => ({
      membership,
      card: membership.businessCardId
        ? (cards.get<BusinessCard>("businessCard", membership.businessCardId) ?? null)
        : null,
    }));
    return { boardId, group, members };
  }

  router.get("/boards/:boardId/groups/:groupId/members.csv", answerPerCaller, async (req, res) => {
    const found = await membersFor(req, res);
    if (!found) return;
    const language = spreadsheetLanguageOf(req);
    const rows = found.members.map((member) => memberRow(member, berlinTime.format(member.membership.createdAt)));
    sendCsv(res, [MEMBER_CSV_HEADER[language], ...rows], language, `${fileNamePart(found.group.name, "ag")}.csv`);
  });

  router.get("/boards/:boardId/groups/:groupId/members.vcf", answerPerCaller, async (req, res) => {
    const found = await membersFor(req, res);
    if (!found) return;
    const query = parseWith(VcardQuery, { version: req.query.version, lang: req.query.lang }, "vCard request");
    if (!query.ok) return sendProblem(res, query.problem);
    const { version, lang } = query.value;
    const cards = found.members.map(memberAsCard);
    const options = { boardId: found.boardId, language: lang };
    res.attachment(`${fileNamePart(found.group.name, "ag")}.vcf`);
    res.set("Content-Type", "text/vcard; charset=utf-8");
    res.set("Cache-Control", "private, no-store");
    res.send(version === "3.0" ? vcards3Of(cards, options) : vcards4Of(cards, options));
  });

  router.get("/boards/:boardId/groups/:groupId/members.json", answerPerCaller, async (req, res) => {
    const found = await membersFor(req, res);
    if (!found) return;
    res.set("Cache-Control", "private, no-store");
    res.json({
      members: found.members.map(({ membership }) => ({
        membershipId: membership.id,
        name: membership.name,
        contact: membership.contact?.value ?? null,
        businessCardId: membership.businessCardId,
        createdAt: membership.createdAt,
      })),
    });
  });

  return router;
}

/** Whether the request carries the group's conveners' key (AG-5). */
function isConvener(req: Request, group: WorkingGroup): boolean {
  const key = SecretToken.safeParse(req.get("X-Convener-Key"));
  return key.success && group.convenerKeyHash !== undefined && secretMatchesHash(key.data, group.convenerKeyHash);
}
