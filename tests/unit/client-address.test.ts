import { describe, expect, it } from "vitest";
import { PEER_HEADER, normaliseAddress, pickClientAddress } from "@/lib/server/client-address";

const direct = { trustProxy: false, peerHeader: true };
const proxied = { trustProxy: true, peerHeader: true };

describe("client address", () => {
  it("without a trusted proxy is the socket address; X-Forwarded-For is ignored", () => {
    const h = new Headers({ [PEER_HEADER]: "::ffff:198.51.100.7", "x-forwarded-for": "10.9.9.1" });
    expect(pickClientAddress(h, direct)).toBe("198.51.100.7");
    expect(pickClientAddress(new Headers({ "x-forwarded-for": "10.9.9.1" }), direct)).toBeNull();
  });

  it("ignores the peer header unless serve.mjs wrote it", () => {
    expect(
      pickClientAddress(new Headers({ [PEER_HEADER]: "198.51.100.7" }), {
        trustProxy: false,
        peerHeader: false,
      }),
    ).toBeNull();
  });

  it("behind a trusted proxy is the right-most X-Forwarded-For entry (the proxy's), not the client's", () => {
    const h = { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "10.9.9.1, 203.0.113.5 , 198.51.100.7" };
    expect(pickClientAddress(h, proxied)).toBe("198.51.100.7");
    expect(pickClientAddress({ [PEER_HEADER]: "10.0.0.2" }, proxied)).toBe("10.0.0.2");
    expect(
      pickClientAddress({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, garbage" }, proxied),
    ).toBe("10.0.0.2");
  });

  it("normalises what sockets and proxies write", () => {
    expect(normaliseAddress("203.0.113.5:4711")).toBe("203.0.113.5");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress(" 2001:db8::1 ")).toBe("2001:db8::1");
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("unknown")).toBeNull();
    expect(normaliseAddress("")).toBeNull();
    expect(normaliseAddress(undefined)).toBeNull();
  });
});
