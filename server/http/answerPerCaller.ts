import type { RequestHandler } from "express";

/**
 * HTTP-2: a GET answered from the caller's view (VIS-7), which `X-Moderator-Key`, `X-Author-Token` and
 * `X-Link-Key` (LINK-3) choose, is that caller's alone: no shared cache keeps it, and a cache that keeps it at all keeps
 * it apart per key and revalidates it.
 */
export const answerPerCaller: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "private, no-cache");
  res.vary("X-Moderator-Key");
  res.vary("X-Author-Token");
  res.vary("X-Link-Key");
  next();
};
