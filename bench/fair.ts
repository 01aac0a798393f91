/**
 * The bridge's targets measured against fair baselines (issue 16): GET against a bare node:http
 * server, POST against one that also reads and JSON.parses each body (parsing-server.ts), memory
 * against the bare server's after the same floods. Ratios within one run, never absolute times.
 */
import { verdict } from "./section";

export const FAIR_TARGETS = { getP50VsBare: 1.25, postP50VsParsing: 2 };

export interface FairInputs {
  getRatioP50: number;
  /** Bridge POST p50 over the parsing server's. */
  postVsParsingP50: number;
  /** The bridge's RSS after the POST flood and after the oversize flood (the larger counts). */
  bridgeRssMiB: number;
  /** The bare server's after the same two floods. */
  bareRssMiB: number;
}

export function fairTargets(f: FairInputs) {
  return {
    bridge_get_p50_vs_bare: verdict(f.getRatioP50 <= FAIR_TARGETS.getP50VsBare),
    bridge_post_p50_vs_parsing: verdict(f.postVsParsingP50 <= FAIR_TARGETS.postP50VsParsing),
    bridge_rss_vs_bare_after_floods: verdict(f.bridgeRssMiB <= f.bareRssMiB),
  };
}
