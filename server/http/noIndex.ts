import type { RequestHandler } from "express";

/** Boards and the API are for the people who hold their links, never for search engines (HTTP-4). */
export const noIndex: RequestHandler = (_req, res, next) => {
  res.setHeader("X-Robots-Tag", "noindex, nofollow");
  next();
};
