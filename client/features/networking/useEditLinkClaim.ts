import { useEffect, useState } from "react";
import { canMintSecrets, mintSecret } from "../../core/secrets";
import { useServerPaint } from "../../core/serverPaint";
import { browserStorage } from "../../sync/storage";
import { type ClaimResult, claimCard } from "./claim";
import { parseEditFragment, writeEditSecret } from "./editLink";

/** An edit link being claimed: waiting for this browser's author id, under way, or done. */
export type Claim = {
  cardId: string;
  secret: string;
  status: "waiting" | "busy" | ClaimResult;
  tries?: number;
  /** The secret that replaces the link's once claimed (NET-8), minted once so a retry sends the same. */
  next?: { secret: string; secretHash: string } | null;
};

/** A new secret for the claimed card, or null where this page cannot mint one (not https). */
const nextSecretFor = async (claim: Claim) => claim.next ?? (canMintSecrets() ? await mintSecret() : null);

/** A claim that could not reach the server is tried again by itself this often, a second apart. */
const CLAIM_TRIES = 3;

/**
 * Edit links taken out of the address and not yet claimed, by board. Kept outside the component:
 * the fragment is gone from the address at once, and a view that mounts again must still claim.
 */
const pendingClaims = new Map<string, { cardId: string; secret: string }>();

/** An edit link's fragment, taken out of the address at once: it must not stay in the history. */
function takeEditFragment(boardId: string): Claim | null {
  const found = parseEditFragment(window.location.hash);
  if (found) {
    writeEditSecret(browserStorage(), boardId, found.cardId, found.secret);
    pendingClaims.set(boardId, found);
    const url = new URL(window.location.href);
    url.hash = "";
    window.history.replaceState(window.history.state, "", url.pathname + url.search);
  }
  const pending = pendingClaims.get(boardId);
  return pending ? { ...pending, status: "waiting" } : null;
}

/**
 * NET-UI-2: the edit link in the address makes this browser the card's author, once it has joined
 * (its author id); a link pasted into this very tab too. Answers the claim, whether it made the
 * viewer's own card theirs, and how to try again after the network failed.
 */
export function useEditLinkClaim(boardId: string, authorId: string | null, ownCardId: string | undefined) {
  // The server's paint (HTTP-7) has no fragment to take.
  const painted = useServerPaint() !== null;
  const [claim, setClaim] = useState<Claim | null>(() => (painted ? null : takeEditFragment(boardId)));

  // A link pasted into this very tab changes only the fragment.
  useEffect(() => {
    const onHashChange = () => {
      const found = takeEditFragment(boardId);
      if (found) setClaim(found);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [boardId]);

  const alreadyOwn = ownCardId !== undefined && ownCardId === claim?.cardId;
  useEffect(() => {
    if (claim?.status !== "waiting" || !authorId) return;
    if (alreadyOwn) {
      pendingClaims.delete(boardId);
      return setClaim({ ...claim, status: "ok" });
    }
    setClaim({ ...claim, status: "busy" });
    void (async () => {
      const next = await nextSecretFor(claim);
      const result = await claimCard(browserStorage(), boardId, claim.cardId, claim.secret, next?.secretHash ?? null);
      if (result !== "network") pendingClaims.delete(boardId);
      // The link just opened is revoked: this browser keeps the new secret (or none, if it could not mint one).
      if (result === "ok") writeEditSecret(browserStorage(), boardId, claim.cardId, next?.secret ?? null);
      if (result === "refused") writeEditSecret(browserStorage(), boardId, claim.cardId, null);
      const tries = (claim.tries ?? 0) + 1;
      if (result === "network" && tries < CLAIM_TRIES) {
        window.setTimeout(() => setClaim({ ...claim, next, status: "waiting", tries }), 1_000);
      } else setClaim({ ...claim, next, status: result, tries });
    })();
  }, [claim, authorId, alreadyOwn, boardId]);

  return {
    claim,
    /** The claim went through and the card shows as the viewer's own. */
    claimDone: claim?.status === "ok" && ownCardId === claim.cardId,
    retryClaim: () => claim && setClaim({ ...claim, status: "waiting", tries: 0 }),
  };
}
