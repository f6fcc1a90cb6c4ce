import { Router } from "express";
import { RECORD_TYPES } from "../../../shared/features";
import { type PrivacySettings, privacyFacts } from "../../../shared/privacyFacts";

/**
 * LEGAL-1, LEGAL-3: `GET /api/privacy` tells the pages the instance's legal links (the footer) and what
 * it stores about people and for how long (the privacy page). From this server, so no page asks a
 * third party; the same for everyone, so shared caches may keep it a few minutes.
 */
export function privacyRoutes(settings: PrivacySettings): Router {
  const router = Router();
  const body = JSON.stringify(privacyFacts(RECORD_TYPES, settings));
  router.get("/privacy", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type("application/json").send(body);
  });
  return router;
}
