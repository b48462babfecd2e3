import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/accounts/device";

const UA = {
  chromeLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
  chromeIos:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
  firefoxWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
  firefoxAndroid: "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0",
  samsung:
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
  operaMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0",
  chromebook:
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
  chromeAndroid:
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

describe("describeDevice", () => {
  it.each([
    [UA.chromeLinux, "Chrome on Linux"],
    [UA.edgeWindows, "Edge on Windows"],
    [UA.safariMac, "Safari on macOS"],
    [UA.safariIphone, "Safari on iOS"],
    [UA.chromeIos, "Chrome on iOS"],
    [UA.firefoxWindows, "Firefox on Windows"],
    [UA.firefoxAndroid, "Firefox on Android"],
    [UA.samsung, "Samsung Internet on Android"],
    [UA.operaMac, "Opera on macOS"],
    [UA.chromebook, "Chrome on ChromeOS"],
    [UA.chromeAndroid, "Chrome on Android"],
    ["curl/8.5.0", "curl"],
    ["node", "Node.js"],
    ["Mozilla/5.0 (X11; Linux x86_64) SomethingElse/1.0", "Unknown browser on Linux"],
    ["", "Unknown device"],
    [null, "Unknown device"],
    [undefined, "Unknown device"],
    ["Googlebot/2.1", "Unknown device"],
  ])("%s → %s", (ua, expected) => {
    expect(describeDevice(ua)).toBe(expected);
  });
});
