// Where a webhook may be sent: never the server's own network (loopback, private, link-local, carrier-grade NAT,
// multicast, unspecified…), or a shop could make the server call its neighbours (SSRF). The URL's host is checked
// when it is registered (./endpoints.ts); the address actually connected to is checked again at every send
// (./deliver.ts), because a public-looking name can resolve — or later re-resolve — to an internal address.
import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "../env";

const internal = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  internal.addSubnet(net, prefix, "ipv4");
}
// IPv4-mapped addresses (::ffff:127.0.0.1) are matched against the IPv4 rules by BlockList itself; ::/96 holds the
// unspecified, loopback and deprecated IPv4-compatible addresses.
for (const [net, prefix] of [
  ["::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  internal.addSubnet(net, prefix, "ipv6");
}

/** Whether an IP address (v4 or v6, no brackets) belongs to a loopback, private, link-local or reserved range. */
export function isInternalAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  return internal.check(ip, family === 6 ? "ipv6" : "ipv4");
}

// Names that only mean something inside a network.
const internalName = /^(localhost|.*\.localhost|.*\.local|.*\.internal|[^.]+)$/i;

/** Whether a URL host (as `URL.hostname` gives it: IPv6 in brackets) is internal by its literal form alone. */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  if (isIP(host)) return isInternalAddress(host);
  return internalName.test(host);
}

/** In sandbox mode (demo, tests) the receiver may be local; a real deployment (SANDBOX=0) never sends there. */
export const internalWebhooksAllowed = () => env().SANDBOX === "1";

export class InternalAddressError extends Error {
  constructor(readonly address: string) {
    super(`推送地址指向内网或本机地址（${address}），已拒绝发送`);
    this.name = "InternalAddressError";
  }
}

/**
 * dns.lookup for the socket that sends a webhook: every address the name resolves to must be public, and the
 * connection goes to one of exactly those addresses (no second resolution in between that could rebind).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", undefined);
    const bad = addresses.find((a) => isInternalAddress(a.address));
    if (bad) return callback(new InternalAddressError(bad.address), "", undefined);
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    callback(null, first?.address ?? "", first?.family);
  });
};
