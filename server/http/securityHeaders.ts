import type { RequestHandler } from "express";

/**
 * Our users answer to data-protection law: the page may load nothing from any other host.
 * The Content-Security-Policy makes the browser enforce that, whatever a card's text contains.
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      // 'self' covers WebSocket connections to the same host and port (CSP Level 3).
      "connect-src 'self'",
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'self'",
    ].join("; "),
  );
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Content-Type-Options", "nosniff");
  next();
};
