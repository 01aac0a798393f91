/**
 * jsdom plus Node's own fetch: jsdom has none, and the real sources (bridge on loopback, a fake
 * api.anthropic.com) need one. AbortController/AbortSignal come along, since Node's fetch accepts
 * only its own signals (the sources abort requests through their own AbortController).
 */
// Jest loads test environments as plain CommonJS, untransformed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TestEnvironment } = require("jest-environment-jsdom");

const FROM_NODE = ["fetch", "Request", "Response", "Headers", "AbortController", "AbortSignal", "ReadableStream"];

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetch;
