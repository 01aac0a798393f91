/** Which Chromium-based browser the companion runs in, for the snapshot's `browser` field. */
export type BrowserName = "chrome" | "arc" | "brave" | "edge";

export interface BrowserClues {
  /** `navigator.userAgentData.brands[].brand`, when the browser exposes it. */
  brands: readonly string[];
  /** Brave adds `navigator.brave`; its brand list may also say "Brave". */
  hasBraveApi: boolean;
  /**
   * Arc looks exactly like Chrome to a worker; only its `--arc-palette-*` CSS variables give it away,
   * so the popup (a page) records this hint for the service worker.
   */
  arcHint: boolean;
}

export function detectBrowser({ brands, hasBraveApi, arcHint }: BrowserClues): BrowserName {
  if (brands.some((b) => /edge/i.test(b))) return "edge";
  if (hasBraveApi || brands.some((b) => /brave/i.test(b))) return "brave";
  if (arcHint) return "arc";
  return "chrome";
}
