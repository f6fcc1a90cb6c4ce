import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, HTTP_STATUS } from "../../shared/errors";
import { serverForThisFile } from "../helpers/testServer";

const docs = readFileSync("docs/api.md", "utf8");
const server = serverForThisFile();

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route the running app answers, as `METHOD /path`, read from Express's own router. */
function routesOf(stack: Layer[], prefix = ""): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter((method) => method !== "_all");
      return methods.map((method) => `${method.toUpperCase()} ${prefix}${layer.route?.path}`);
    }
    if (layer.handle.stack)
      return routesOf(layer.handle.stack, prefix + (layer.rawPath === "/" ? "" : (layer.rawPath ?? "")));
    return [];
  });
}

describe("docs/api.md describes the API the server has", () => {
  it("API-7 names every /api route the app answers, with its method", () => {
    const router = (server().app.http as unknown as { router: { stack: Layer[] } }).router;
    const routes = routesOf(router.stack).filter((route) => route.includes(" /api/"));
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter(
      (route) => !docs.includes(`\`${route}`) && !docs.includes(route.replace(/^\w+ /, "")),
    );
    expect(missing).toEqual([]);
  });

  it("API-7 lists every error code with the HTTP status the server gives it", () => {
    for (const code of ERROR_CODES) {
      expect(docs, code).toMatch(new RegExp(`\\| \`${code}\`\\s*\\| ${HTTP_STATUS[code]}\\s*\\|`));
    }
  });
});
