import { BlockList, isIP, isIPv6 } from "node:net";

/** Whether a connection from this address is a reverse proxy whose X-Forwarded-For is believed. */
export type TrustsProxy = (address: string) => boolean;

const isLoopback = (address: string) =>
  address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");

/** The default: only a proxy on the same machine. */
export const loopbackOnly: TrustsProxy = isLoopback;

/** Parses one TRUSTED_PROXIES entry (an address or a subnet); undefined when it is neither. */
export function proxyEntry(entry: string): { address: string; prefix?: number; family: "ipv4" | "ipv6" } | undefined {
  const [address, prefixText, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const family = version === 4 ? "ipv4" : "ipv6";
  if (prefixText === undefined) return { address, family };
  const prefix = Number(prefixText);
  const bits = version === 4 ? 32 : 128;
  if (!/^\d+$/.test(prefixText) || prefix > bits) return undefined;
  return { address, prefix, family };
}

/**
 * Loopback plus the given addresses and subnets (TRUSTED_PROXIES): for a load balancer on another
 * machine. Entries must have passed proxyEntry (readConfig checks them).
 */
export function trustedProxies(entries: readonly string[]): TrustsProxy {
  if (entries.length === 0) return loopbackOnly;
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = proxyEntry(entry);
    if (!parsed) throw new Error(`not an address or subnet: ${entry}`);
    if (parsed.prefix === undefined) list.addAddress(parsed.address, parsed.family);
    else list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return (address) => {
    if (isLoopback(address)) return true;
    const plain = address.replace(/%.*$/, "");
    if (plain.startsWith("::ffff:") && plain.includes(".")) return list.check(plain.slice(7), "ipv4");
    const version = isIP(plain);
    return version !== 0 && list.check(plain, version === 4 ? "ipv4" : "ipv6");
  };
}

/** IPv6 clients usually hold a whole /64, so they are counted by it; IPv4-mapped addresses as IPv4. */
export function normalizeAddress(address: string): string {
  const plain = address.replace(/%.*$/, "");
  if (plain.startsWith("::ffff:") && plain.includes(".")) return plain.slice(7);
  if (!isIPv6(plain)) return plain;
  const [head, tail] = plain.split("::");
  const front = head ? head.split(":") : [];
  const back = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill("0"), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * The client's address for per-address limits (LIMIT-6). The connection's own address, unless that
 * is a trusted reverse proxy (loopback, or one of TRUSTED_PROXIES): then X-Forwarded-For, read from
 * the right while it names trusted proxies too, as Express does with its `trust proxy` setting.
 */
export function clientAddress(
  remote: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusts: TrustsProxy,
): string {
  let address = remote ?? "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (trusts(address) && hops.length > 0) address = hops.pop() as string;
  return normalizeAddress(address);
}
