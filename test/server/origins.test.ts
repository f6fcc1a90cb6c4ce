import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { rawClient } from "../helpers/clients";
import { serverForThisFile } from "../helpers/testServer";

const EVIL = "https://evil.example";
const PARTNER = "https://partner.example.org";

/** Whether a socket with this Origin gets connected, or is refused at the handshake. */
function socketWith(url: string, origin?: string): Promise<"connected" | "refused"> {
  const socket = rawClient(url, { headers: origin ? { origin } : {} });
  return new Promise((resolve) => {
    socket.on("connect", () => {
      socket.close();
      resolve("connected");
    });
    socket.on("connect_error", () => {
      socket.close();
      resolve("refused");
    });
  });
}

const newBoard = (url: string, origin?: string) =>
  fetch(`${url}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
    body: JSON.stringify({ title: "Herkunft", template: "empty" }),
  });

describe("origins (NET-9)", () => {
  const server = serverForThisFile({ allowedOrigins: [PARTNER] });
  const proxied = serverForThisFile({ publicUrl: "https://wand.example.org" });

  it("NET-9 a socket or a POST from another site's page is refused; the board's own, listed ones and scripts without Origin pass", async () => {
    const { url } = server();
    expect(await socketWith(url, EVIL)).toBe("refused");
    expect(await socketWith(url, "null")).toBe("refused");
    expect(await socketWith(url, url)).toBe("connected");
    expect(await socketWith(url, PARTNER)).toBe("connected");
    expect(await socketWith(url)).toBe("connected");

    const refused = await newBoard(url, EVIL);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await newBoard(url, url)).status).toBe(201);
    expect((await newBoard(url, PARTNER)).status).toBe(201);
    expect((await newBoard(url)).status).toBe(201);
    // Reading stays open: a GET from anywhere is answered (the browser's CORS keeps it from the page).
    expect((await fetch(`${url}/api/health`, { headers: { origin: EVIL } })).status).toBe(200);
  });

  it("NET-9 with PUBLIC_URL the board's own origin is that one, not whatever Host the request names", async () => {
    const { url } = proxied();
    expect(await socketWith(url, "https://wand.example.org")).toBe("connected");
    expect(await socketWith(url, url)).toBe("refused");
    expect((await newBoard(url, "https://wand.example.org")).status).toBe(201);
    expect((await newBoard(url, url)).status).toBe(403);
  });

  it("NET-9 ALLOWED_ORIGINS takes origins; anything else stops the server at start", () => {
    expect(readConfig({ ALLOWED_ORIGINS: "https://a.example.org, http://localhost:5173/" }).allowedOrigins).toEqual([
      "https://a.example.org",
      "http://localhost:5173",
    ]);
    expect(readConfig({}).allowedOrigins).toEqual([]);
    expect(() => readConfig({ ALLOWED_ORIGINS: "a.example.org" })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => readConfig({ ALLOWED_ORIGINS: "https://a.example.org/path" })).toThrow(/ALLOWED_ORIGINS/);
  });
});
