import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { clientAddress, loopbackOnly, trustedProxies } from "../../server/http/clientAddress";

describe("the address behind a reverse proxy (LIMIT-6)", () => {
  it("LIMIT-6 believes X-Forwarded-For only from loopback unless more proxies are trusted", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", loopbackOnly)).toBe("203.0.113.7");
    // nginx on another machine: without trusting it, all its clients would share its address.
    expect(clientAddress("10.0.4.2", "203.0.113.7", loopbackOnly)).toBe("10.0.4.2");
    const trusts = trustedProxies(["10.0.4.0/24", "2001:db8::17"]);
    expect(clientAddress("10.0.4.2", "203.0.113.7", trusts)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:10.0.4.2", "203.0.113.7", trusts)).toBe("203.0.113.7");
    expect(clientAddress("2001:db8::17", "203.0.113.7", trusts)).toBe("203.0.113.7");
    expect(clientAddress("10.0.5.2", "203.0.113.7", trusts)).toBe("10.0.5.2");
    // A client cannot hide behind a made-up hop: the first untrusted address from the right counts.
    expect(clientAddress("10.0.4.2", "198.51.100.1, 203.0.113.7", trusts)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "198.51.100.1, 10.0.4.2", trusts)).toBe("198.51.100.1");
  });

  it("LIMIT-6 reads TRUSTED_PROXIES and refuses an entry that is no address or subnet", () => {
    expect(readConfig({ TRUSTED_PROXIES: "10.0.4.0/24, 2001:db8::17" }).trustedProxies).toEqual([
      "10.0.4.0/24",
      "2001:db8::17",
    ]);
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(() => readConfig({ TRUSTED_PROXIES: "nginx.local" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => readConfig({ TRUSTED_PROXIES: "10.0.4.0/40" })).toThrow(/TRUSTED_PROXIES/);
  });
});
