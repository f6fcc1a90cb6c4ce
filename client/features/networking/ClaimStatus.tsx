import type { Claim } from "./useEditLinkClaim";
import type { NetworkingTranslate } from "./useNetworkingT";

/** How claiming an edit link goes: under way, refused, or not through to the server (then a retry button). */
export function ClaimStatus({ t, claim, onRetry }: { t: NetworkingTranslate; claim: Claim; onRetry(): void }) {
  return (
    <p className={claim.status === "refused" || claim.status === "network" ? "alert" : "wall-muted"} role="status">
      {t(
        claim.status === "refused"
          ? "wall.claim.failed"
          : claim.status === "network"
            ? "wall.claim.network"
            : "wall.claim.busy",
      )}
      {claim.status === "network" && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t("wall.claim.retry")}
        </button>
      )}
    </p>
  );
}
