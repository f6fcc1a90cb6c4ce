import { isIPv6 } from "node:net";

const isLoopback = (address: string) =>
  address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");

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
 * The client's address for per-address limits. The connection's own address, unless that is
 * loopback, i.e. a reverse proxy on the same machine: then X-Forwarded-For, read from the right
 * while it names loopback too, as Express does with `trust proxy` set to "loopback".
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined): string {
  let address = remote ?? "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isLoopback(address) && hops.length > 0) address = hops.pop() as string;
  return normalizeAddress(address);
}
