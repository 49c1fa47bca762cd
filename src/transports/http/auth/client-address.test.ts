import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.js";

const address = fc.oneof(fc.ipV4(), fc.ipV6());
const forwardedList = fc.array(address, { minLength: 1, maxLength: 4 }).map((a) => a.join(", "));

describe("the client's address (the rate limiter's key)", () => {
  it("is a remote peer's own address, whatever X-Forwarded-For it sends", () => {
    fc.assert(
      fc.property(
        fc.ipV4().filter((ip) => ip !== "127.0.0.1"),
        fc.option(forwardedList, { nil: undefined }),
        (peer, forwarded) => {
          expect(clientAddress(peer, forwarded)).toBe(peer);
        },
      ),
    );
  });

  it("behind a proxy on this machine, is the last entry that proxy added", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("127.0.0.1", "::1", "::ffff:127.0.0.1"),
        forwardedList,
        (peer, forwarded) => {
          expect(clientAddress(peer, forwarded)).toBe(forwarded.split(", ").at(-1));
        },
      ),
    );
    expect(clientAddress("127.0.0.1", "198.51.100.7, 203.0.113.9 ")).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", undefined)).toBe("127.0.0.1");
    expect(clientAddress("::1", " ")).toBe("::1");
  });
});
