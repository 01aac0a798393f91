// Built from src/cli by `npm run build:cli`: edit the sources, not this file.
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/ledger/main.ts
var main_exports = {};
__export(main_exports, {
  addsToCodeCache: () => addsToCodeCache
});
module.exports = __toCommonJS(main_exports);

// src/core/errors.ts
var InputError = class extends Error {
};

// src/cli/args.ts
var import_node_util = require("node:util");
var DEFAULT_BRIDGE_URL = "http://127.0.0.1:63762";
var SOURCE_USAGE = `  --file PATH          read a usage payload or bridge snapshot array (no live sources)
  --bridge URL         bridge to read (default ${DEFAULT_BRIDGE_URL})
  --no-bridge          skip the bridge
  --no-oauth           skip Claude Code's OAuth token
  --keychain           also read Claude Code's token from the macOS Keychain (asks macOS)
  --now ISO            evaluate every time-dependent value as of this instant
  --stale-after MIN    minutes after which data is stale (default 10)`;
var UsageError = class extends Error {
};
function onlyDeclaredFlags({ args, options = {}, ...rest }) {
  if (!args || Object.keys(rest).length > 0) return null;
  const values = /* @__PURE__ */ Object.create(null);
  for (const arg of args) {
    const option = arg.startsWith("--") && Object.hasOwn(options, arg.slice(2)) ? options[arg.slice(2)] : null;
    if (option?.type !== "boolean" || option.multiple) return null;
    values[arg.slice(2)] = true;
  }
  for (const [name, option] of Object.entries(options)) {
    if (!(name in values) && option.default !== void 0) values[name] = option.default;
  }
  return { values, positionals: [] };
}
function parseOptions(config2) {
  try {
    return onlyDeclaredFlags(config2) ?? (0, import_node_util.parseArgs)(config2);
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function parseInstant(name, value) {
  if (value === void 0) return null;
  const date2 = new Date(value);
  if (Number.isNaN(date2.getTime())) throw new UsageError(`--${name}: not an ISO-8601 instant: ${value}`);
  return date2;
}

// src/cli/failure.ts
function failed(error, sub) {
  const message = error instanceof UsageError ? `${error.message} \u2014 see ${sub ? `claude-plan-meter ${sub} ` : ""}--help` : error instanceof InputError ? error.message : String(error);
  process.stderr.write(`claude-plan-meter: ${message}
`);
  return error instanceof UsageError ? 64 : 1;
}
function runAlone(sub, command) {
  void command(process.argv.slice(3)).catch((error) => failed(error, sub)).then((code) => {
    process.exitCode = code;
  });
}

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish2(innerType) {
  return /* @__PURE__ */ optional(/* @__PURE__ */ nullable(innerType));
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
  return _custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// node_modules/date-fns/constants.js
var daysInYear = 365.2425;
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
var minTime = -maxTime;
var millisecondsInHour = 36e5;
var secondsInHour = 3600;
var secondsInDay = secondsInHour * 24;
var secondsInWeek = secondsInDay * 7;
var secondsInYear = secondsInDay * daysInYear;
var secondsInMonth = secondsInYear / 12;
var secondsInQuarter = secondsInMonth * 3;
var constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");

// node_modules/date-fns/constructFrom.js
function constructFrom(date2, value) {
  if (typeof date2 === "function") return date2(value);
  if (date2 && typeof date2 === "object" && constructFromSymbol in date2)
    return date2[constructFromSymbol](value);
  if (date2 instanceof Date) return new date2.constructor(value);
  return new Date(value);
}

// node_modules/date-fns/toDate.js
function toDate(argument, context) {
  return constructFrom(context || argument, argument);
}

// node_modules/date-fns/addMilliseconds.js
function addMilliseconds(date2, amount, options) {
  return constructFrom(options?.in || date2, +toDate(date2) + amount);
}

// src/core/clock.ts
var MAX_CLOCK_AHEAD_MS = 5 * 6e4;
function isFromTheFuture(at, now) {
  return futureJudge(now)(at);
}
function futureJudge(now) {
  const latest = addMilliseconds(now, MAX_CLOCK_AHEAD_MS).getTime();
  return (at) => +at > latest;
}

// src/core/once.ts
function once(build) {
  let value;
  return () => (value ??= { built: build() }).built;
}

// src/core/history.ts
var HISTORY_MAX_AGE_MS = 7 * 24 * 60 * 6e4;
var FINE_SPAN_MS = 60 * 6e4;
var FINE_STEP_MS = 6e4;
var COARSE_STEP_MS = 15 * 6e4;
var RESET_JITTER_MS = 2 * 6e4;
var MAX_SERIES = 256;
function isNewCycle(previous, next) {
  if (previous.resetsAt !== null && previous.resetsAt <= next.at) return true;
  const clockMoved = previous.resetsAt === null ? next.resetsAt !== null : next.resetsAt === null || Math.abs(next.resetsAt - previous.resetsAt) > RESET_JITTER_MS;
  return next.percent < previous.percent && clockMoved;
}
var sameReading = (a, b) => a.percent === b.percent && a.resetsAt === b.resetsAt;
function compact(series) {
  const newest = series[series.length - 1].at;
  const fineFrom = newest - FINE_SPAN_MS;
  return series.filter((s, i) => {
    if (s.at < newest - HISTORY_MAX_AGE_MS) return false;
    if (s.at >= fineFrom) return true;
    const next = series[i + 1];
    return Math.floor(s.at / COARSE_STEP_MS) !== Math.floor(next.at / COARSE_STEP_MS) || next.at >= fineFrom;
  });
}
function appendSample(series, sample) {
  const last = series[series.length - 1];
  if (!last) return [sample];
  if (sample.at <= last.at) return series;
  if (isNewCycle(last, sample)) return [sample];
  const beforeLast = series[series.length - 2];
  const extendsFlatRun = beforeLast !== void 0 && sameReading(beforeLast, last) && sameReading(last, sample);
  const tooClose = sample.at - last.at < FINE_STEP_MS && beforeLast !== void 0;
  const kept = extendsFlatRun || tooClose ? series.slice(0, -1) : [...series];
  return compact([...kept, sample]);
}
function prune(history, now) {
  const oldestKept = now ? now.getTime() - HISTORY_MAX_AGE_MS : Number.NEGATIVE_INFINITY;
  const kept = (s) => s.length > 0 && s[s.length - 1].at >= oldestKept;
  const series = Object.values(history);
  if (series.length <= MAX_SERIES && series.every(kept)) return history;
  const live = Object.entries(history).filter(([, s]) => kept(s)).sort(([, a], [, b]) => b[b.length - 1].at - a[a.length - 1].at).slice(0, MAX_SERIES);
  return Object.fromEntries(live);
}
var sampleSchema = once(
  () => object({
    at: number2(),
    percent: number2().check(_nonnegative()),
    resetsAt: nullable(number2())
  })
);
function parseHistory(json, now) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const entries2 = Object.entries(json).flatMap(([key, raw]) => {
    if (!Array.isArray(raw)) return [];
    const samples = raw.flatMap((s) => {
      const parsed = sampleSchema().safeParse(s);
      return parsed.success && !(now && isFromTheFuture(parsed.data.at, now)) ? [parsed.data] : [];
    }).sort((a, b) => a.at - b.at).reduce(appendSample, []);
    return samples.length > 0 ? [[key, samples]] : [];
  });
  return prune(Object.fromEntries(entries2), now);
}

// src/sources/store.ts
var import_node_fs2 = require("node:fs");

// src/sources/atomic-file.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function writeFileAtomically(path, data, dirMode) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: dirMode });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(temp, data, { mode: 384 });
    (0, import_node_fs.renameSync)(temp, path);
  } catch (error) {
    try {
      (0, import_node_fs.rmSync)(temp, { force: true });
    } catch {
    }
    throw error;
  }
}

// src/sources/store.ts
var FileStore = class {
  constructor(path) {
    this.path = path;
  }
  path;
  read() {
    try {
      const parsed = JSON.parse((0, import_node_fs2.readFileSync)(this.path, "utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string"));
    } catch {
      return {};
    }
  }
  write(values) {
    writeFileAtomically(this.path, JSON.stringify(values));
  }
  get = (key) => this.read()[key];
  set = (key, value) => this.write({ ...this.read(), [key]: value });
  remove = (key) => {
    const { [key]: _removed, ...rest } = this.read();
    this.write(rest);
  };
};
function readStoredJson(store, key, parse2, empty) {
  const text = store.get(key);
  if (text === void 0) return empty;
  try {
    return parse2(JSON.parse(text));
  } catch {
    return empty;
  }
}

// src/sources/history-store.ts
var HISTORY_KEY = "history";
function loadHistory(store) {
  return readStoredJson(store, HISTORY_KEY, parseHistory, {});
}

// src/sources/state-path.ts
var import_node_path2 = require("node:path");
var APP_DIR = "claude-plan-meter";
function homeDirectory(env = process.env) {
  return env.HOME || require("node:os").homedir();
}
function defaultStatePath(env = process.env, platform = process.platform) {
  if (env.XDG_STATE_HOME) return (0, import_node_path2.join)(env.XDG_STATE_HOME, APP_DIR, "state.json");
  const home = homeDirectory(env);
  if (platform === "darwin") return (0, import_node_path2.join)(home, "Library", "Application Support", APP_DIR, "state.json");
  return (0, import_node_path2.join)(home, ".local", "state", APP_DIR, "state.json");
}

// src/core/ledger/json.ts
function spanJson(s) {
  return {
    from: s.from.toISOString(),
    to: s.to.toISOString(),
    messages: s.messages,
    tokens: {
      input: s.tokens.input,
      output: s.tokens.output,
      cache_creation: s.tokens.cacheCreation,
      cache_read: s.tokens.cacheRead,
      total: s.tokens.total
    },
    by_model: s.byModel.map((m) => ({ model: m.model, messages: m.messages, total: m.total })),
    by_project: s.byProject.map((p) => ({ project: p.project, path: p.path, total: p.total, share: p.share }))
  };
}

// node_modules/date-fns/_lib/normalizeDates.js
function normalizeDates(context, ...dates) {
  const normalize = constructFrom.bind(
    null,
    context || dates.find((date2) => typeof date2 === "object")
  );
  return dates.map(normalize);
}

// node_modules/date-fns/hoursToMilliseconds.js
function hoursToMilliseconds(hours) {
  return Math.trunc(hours * millisecondsInHour);
}

// node_modules/date-fns/isSameYear.js
function isSameYear(laterDate, earlierDate, options) {
  const [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  return laterDate_.getFullYear() === earlierDate_.getFullYear();
}

// src/core/ledger/windows.ts
var FIVE_HOURS_MS = hoursToMilliseconds(5);
var SEVEN_DAYS_MS = hoursToMilliseconds(7 * 24);
var NOT_MODEL_SCOPED = /* @__PURE__ */ new Set(["oauth_apps", "cowork", "omelette"]);
function scopedFamily(rest) {
  if (rest === "" || NOT_MODEL_SCOPED.has(rest)) return void 0;
  return rest.split("_")[0];
}
function windowSpan(key, resetsAt, now) {
  if (resetsAt === null) return null;
  const span = (length, family2) => ({
    from: new Date(resetsAt.getTime() - length),
    to: now,
    family: family2
  });
  if (key === "five_hour") return span(FIVE_HOURS_MS, null);
  if (key === "seven_day") return span(SEVEN_DAYS_MS, null);
  if (!key.startsWith("seven_day_")) return null;
  const family = scopedFamily(key.slice("seven_day_".length));
  return family === void 0 ? null : span(SEVEN_DAYS_MS, family);
}
function rollingSpan(length, now) {
  return { from: new Date(now.getTime() - length), to: now, family: null };
}
var RETAIN_MS = SEVEN_DAYS_MS + hoursToMilliseconds(24);
var LENGTHS = { five_hour: FIVE_HOURS_MS, seven_day: SEVEN_DAYS_MS };
function currentSpans(history, now) {
  const spans = {};
  for (const key of Object.keys(LENGTHS)) {
    let latest = null;
    for (const [series, samples] of Object.entries(history)) {
      if (!series.endsWith(`|${key}`)) continue;
      for (const s of samples) if (latest === null || s.at > latest.at) latest = s;
    }
    const resetsAt = latest?.resetsAt ?? null;
    const fromReading = resetsAt !== null && resetsAt > now.getTime() ? windowSpan(key, new Date(resetsAt), now) : null;
    spans[key] = fromReading ?? rollingSpan(LENGTHS[key], now);
  }
  return spans;
}

// src/sources/ledger/roots.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

// src/core/ledger/lists.ts
var isString = (v) => typeof v === "string";
var isFinite = (v) => typeof v === "number" && Number.isFinite(v);
var isCount = (v) => Number.isSafeInteger(v) && v >= 0;
var listOf = (is) => custom((v) => Array.isArray(v) && v.every(is));
var count = custom(isCount);
var finite = custom(isFinite);
var instant = custom((v) => v === null || isFinite(v));
var stringOrNull = custom((v) => v === null || isString(v));
var strings = listOf(isString);
var numbers = listOf(isFinite);
var counts = listOf(isCount);
var booleans = listOf((v) => typeof v === "boolean");
var stringLists = listOf((v) => Array.isArray(v) && v.every(isString));
var sameLengths = (c) => {
  const lengths = Object.values(c).map((column) => column.length);
  return lengths.every((n) => n === lengths[0]);
};

// src/core/ledger/folders.ts
var COARSE_TICK_MS = 2e3;
var FINE_TICK_MS = 100;
var listingKeepable = (mtimeMs, listedAt) => mtimeMs <= listedAt - (mtimeMs % 1e3 === 0 ? COARSE_TICK_MS : FINE_TICK_MS);
var FOLDERS_VERSION = 1;
var Stored = object({
  version: literal(FOLDERS_VERSION),
  path: strings,
  mtimeMs: numbers,
  dirs: stringLists,
  logs: stringLists
}).check(refine(({ path, mtimeMs, dirs, logs }) => sameLengths({ path, mtimeMs, dirs, logs })));
function parseFolderListings(text) {
  let json;
  try {
    json = text === null ? void 0 : JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = Stored.safeParse(json);
  if (!parsed.success) return {};
  const { path, mtimeMs, dirs, logs } = parsed.data;
  const listings = {};
  path.forEach((p, i) => listings[p] = { mtimeMs: mtimeMs[i], dirs: dirs[i], logs: logs[i] });
  return listings;
}
function serializeFolderListings(listings) {
  const stored = { version: FOLDERS_VERSION, path: [], mtimeMs: [], dirs: [], logs: [] };
  for (const [path, l] of Object.entries(listings)) {
    stored.path.push(path);
    stored.mtimeMs.push(l.mtimeMs);
    stored.dirs.push(l.dirs);
    stored.logs.push(l.logs);
  }
  return `${JSON.stringify(stored)}
`;
}

// src/sources/ledger/entry-stat.ts
var import_node_fs3 = require("node:fs");
var import_node_util2 = require("node:util");

// src/sources/node-binding.ts
function pendingDeprecation() {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return flags.includes("--pending-deprecation") || process.env.NODE_PENDING_DEPRECATION === "1";
}
var isObject2 = (value) => typeof value === "object" && value !== null;
function nodeBinding(name) {
  if (pendingDeprecation()) return null;
  try {
    const { binding } = process;
    const loaded = binding(name);
    return isObject2(loaded) ? loaded : null;
  } catch {
    return null;
  }
}

// src/sources/ledger/entry-stat.ts
var { S_IFMT, S_IFDIR, S_IFREG } = import_node_fs3.constants;
var entry = (mode, dev, ino, size, mtimeMs) => ({
  directory: (mode & S_IFMT) === S_IFDIR,
  file: (mode & S_IFMT) === S_IFREG,
  dev,
  ino,
  size,
  mtimeMs
});
var publicStat = (path) => {
  try {
    const s = (0, import_node_fs3.statSync)(path, { throwIfNoEntry: false });
    return s ? entry(s.mode, s.dev, s.ino, s.size, s.mtimeMs) : null;
  } catch {
    return null;
  }
};
var DEV = 0;
var MODE = 1;
var INO = 7;
var SIZE = 8;
var MTIME_S = 12;
var MTIME_NS = 13;
function bindingStat() {
  if (process.platform === "win32") return null;
  const stat = nodeBinding("fs")?.stat;
  if (typeof stat !== "function") return null;
  const read = (path) => {
    let v;
    try {
      v = stat(path, false, void 0, false);
    } catch {
      return null;
    }
    if (!import_node_util2.types.isFloat64Array(v) || v.length <= MTIME_NS) return null;
    return entry(v[MODE], v[DEV], v[INO], v[SIZE], v[MTIME_S] * 1e3 + v[MTIME_NS] / 1e6);
  };
  const sample = process.execPath;
  const expected = publicStat(sample);
  const got = read(sample);
  const same = expected !== null && got !== null && Object.keys(expected).every((key) => got[key] === expected[key]);
  return same ? read : null;
}
var chosen;
function statEntry(path) {
  chosen ??= bindingStat() ?? publicStat;
  return chosen(path);
}

// src/sources/ledger/roots.ts
function projectsFolders(configDirs, home = homeDirectory()) {
  const dirs = (configDirs ?? "").split(",").map((d) => d.trim()).filter(Boolean);
  const chosen2 = dirs.length > 0 ? dirs : [(0, import_node_path3.join)(home, ".claude"), (0, import_node_path3.join)(home, ".config", "claude")];
  return [...new Set(chosen2.map((d) => (0, import_node_path3.join)((0, import_node_path3.resolve)(d), "projects")))];
}
function missingFolders(roots) {
  return roots.filter((root) => !statEntry(root)?.directory);
}
function entries(dir) {
  try {
    return (0, import_node_fs4.readdirSync)(dir, { withFileTypes: true });
  } catch {
    return null;
  }
}
function listing(dir, mtimeMs, known, found) {
  if (known?.mtimeMs === mtimeMs) {
    found.listings[dir] = known;
    found.reused += 1;
    return known;
  }
  const listedAt = Date.now();
  const fresh = { mtimeMs, dirs: [], logs: [] };
  const listed = entries(dir);
  if (listed === null) return fresh;
  for (const entry2 of listed) {
    if (entry2.isDirectory()) fresh.dirs.push(entry2.name);
    else if (entry2.isFile() && entry2.name.endsWith(".jsonl")) fresh.logs.push(entry2.name);
  }
  if (listingKeepable(mtimeMs, listedAt)) {
    found.listings[dir] = fresh;
    found.listingsChanged = true;
  }
  return fresh;
}
function walk(dir, folder, known, found) {
  const s = statEntry(dir);
  if (!s?.directory) return;
  const { dirs, logs } = listing(dir, s.mtimeMs, known[dir], found);
  for (const name of logs) {
    const path = `${dir}${import_node_path3.sep}${name}`;
    const f = statEntry(path);
    if (!f?.file) continue;
    found.files.push({
      path,
      folder: folder ?? name,
      identity: `${f.dev}:${f.ino}`,
      size: f.size,
      mtimeMs: f.mtimeMs
    });
  }
  for (const name of dirs) walk(`${dir}${import_node_path3.sep}${name}`, folder ?? name, known, found);
}
function findLogFiles(roots, known = {}) {
  const found = { files: [], listings: {}, listingsChanged: false, reused: 0 };
  for (const root of roots) walk(root, null, known, found);
  found.files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const { files, listings, listingsChanged, reused } = found;
  return { files, listings, listingsChanged: listingsChanged || reused !== Object.keys(known).length };
}

// src/core/ledger/record.ts
var recordTotal = (r) => r.input + r.output + r.cacheCreation + r.cacheRead;
function supersedes(next, current) {
  if (next.final !== current.final) return next.final;
  if (next.at !== current.at) return next.at > current.at;
  return recordTotal(next) > recordTotal(current);
}
function addRecord(records, next) {
  const current = records.get(next.id);
  if (current && !supersedes(next, current)) return false;
  records.set(next.id, next);
  return true;
}

// src/core/ledger/packed.ts
var ROW = 8;
function interner(values) {
  const index = new Map(values.map((v, i) => [v, i]));
  return (value) => {
    let i = index.get(value);
    if (i === void 0) {
      i = values.push(value) - 1;
      index.set(value, i);
    }
    return i;
  };
}
function putRow(rows2, o, r, model, project) {
  rows2[o] = r.at;
  rows2[o + 1] = model(r.model);
  rows2[o + 2] = project(r.project);
  rows2[o + 3] = r.input;
  rows2[o + 4] = r.output;
  rows2[o + 5] = r.cacheCreation;
  rows2[o + 6] = r.cacheRead;
  rows2[o + 7] = r.final ? 1 : 0;
}
function packRecords(records, size) {
  const models = [];
  const projects = [];
  const model = interner(models);
  const project = interner(projects);
  const ids = [];
  const rows2 = new Float64Array(size * ROW);
  let o = 0;
  for (const r of records) {
    ids.push(r.id);
    putRow(rows2, o, r, model, project);
    o += ROW;
  }
  return { ids, models, projects, rows: o === rows2.length ? rows2 : rows2.subarray(0, o) };
}
function remapped(names, intern) {
  const to = new Int32Array(names.length).fill(-1);
  return (i) => to[i] >= 0 ? to[i] : to[i] = intern(names[i]);
}
var EMPTY = {
  id: "",
  at: 0,
  model: "",
  project: "",
  input: 0,
  output: 0,
  cacheCreation: 0,
  cacheRead: 0,
  final: false
};
function recordAt({ ids, models, projects, rows: n }, i) {
  const o = i * ROW;
  return {
    id: ids[i],
    at: n[o],
    model: models[n[o + 1]],
    project: projects[n[o + 2]],
    input: n[o + 3],
    output: n[o + 4],
    cacheCreation: n[o + 5],
    cacheRead: n[o + 6],
    final: n[o + 7] === 1
  };
}
function mergeRecords(base, incoming, from) {
  const models = [];
  const projects = [];
  const model = interner(models);
  const project = interner(projects);
  const modelOf = remapped(base.models, model);
  const projectOf = remapped(base.projects, project);
  const ids = [];
  const rows2 = new Float64Array((base.ids.length + incoming.size) * ROW);
  const placed = /* @__PURE__ */ new Set();
  let changed = false;
  let o = 0;
  for (let i = 0; i < base.ids.length; i += 1) {
    if (base.rows[i * ROW] < from) continue;
    const id = base.ids[i];
    const next = incoming.size > 0 ? incoming.get(id) : void 0;
    ids.push(id);
    if (next !== void 0) placed.add(id);
    if (next !== void 0 && supersedes(next, recordAt(base, i))) {
      putRow(rows2, o, next, model, project);
      changed = true;
    } else {
      rows2.set(base.rows.subarray(i * ROW, (i + 1) * ROW), o);
      rows2[o + 1] = modelOf(rows2[o + 1]);
      rows2[o + 2] = projectOf(rows2[o + 2]);
    }
    o += ROW;
  }
  for (const r of incoming.values()) {
    if (placed.has(r.id)) continue;
    ids.push(r.id);
    putRow(rows2, o, r, model, project);
    changed = true;
    o += ROW;
  }
  return { packed: { ids, models, projects, rows: rows2.subarray(0, o) }, changed };
}
var isCount2 = (v) => Number.isInteger(v) && v >= 0;
function packedValid({ ids, models, projects, rows: rows2 }) {
  if (rows2.length !== ids.length * ROW) return false;
  for (let o = 0; o < rows2.length; o += ROW) {
    if (!Number.isFinite(rows2[o])) return false;
    for (let k = 1; k < ROW; k += 1) if (!isCount2(rows2[o + k])) return false;
    if (rows2[o + 1] >= models.length || rows2[o + 2] >= projects.length || rows2[o + 7] > 1) return false;
  }
  return true;
}
var PackedRecordSet = class {
  constructor(packed) {
    this.packed = packed;
  }
  packed;
  get size() {
    return this.packed.ids.length;
  }
  *values() {
    for (let i = 0; i < this.packed.ids.length; i += 1) yield recordAt(this.packed, i);
  }
  /**
   * Each record through one reused object, valid only during the call: a pass that keeps nothing of
   * the records (summing spans) makes none of them.
   */
  forEach(visit) {
    const { ids, models, projects, rows: n } = this.packed;
    const r = { ...EMPTY };
    for (let i = 0, o = 0; i < ids.length; i += 1, o += ROW) {
      r.id = ids[i];
      r.at = n[o];
      r.model = models[n[o + 1]];
      r.project = projects[n[o + 2]];
      r.input = n[o + 3];
      r.output = n[o + 4];
      r.cacheCreation = n[o + 5];
      r.cacheRead = n[o + 6];
      r.final = n[o + 7] === 1;
      visit(r);
    }
  }
  /** The earliest instant, or Infinity when empty: read from the column, no record made. */
  oldest() {
    const n = this.packed.rows;
    let min = Infinity;
    for (let o = 0; o < n.length; o += ROW) if (n[o] < min) min = n[o];
    return min;
  }
};

// src/sources/ledger/scan.ts
var import_node_buffer = require("node:buffer");
var import_node_fs6 = require("node:fs");

// src/core/ledger/line.ts
var assistantLine = once(() => {
  const count2 = int().check(_gte(0));
  return object({
    type: literal("assistant"),
    timestamp: string2(),
    cwd: optional(string2()),
    uuid: optional(string2()),
    message: object({
      id: optional(string2()),
      model: optional(string2()),
      stop_reason: nullish2(string2()),
      usage: object({
        input_tokens: count2,
        output_tokens: count2,
        cache_creation_input_tokens: nullish2(count2),
        cache_read_input_tokens: nullish2(count2)
      })
    })
  });
});
var SYNTHETIC_MODEL = "<synthetic>";
var IGNORED = { kind: "ignored" };
var MALFORMED = { kind: "malformed" };
function isAssistantWithUsage(value) {
  if (typeof value !== "object" || value === null) return false;
  const line = value;
  return line.type === "assistant" && typeof line.message === "object" && line.message?.usage !== void 0;
}
function parseLine(text, folderProject) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return MALFORMED;
  }
  if (!isAssistantWithUsage(json)) return IGNORED;
  const parsed = assistantLine().safeParse(json);
  if (!parsed.success) return MALFORMED;
  const { timestamp, cwd, uuid: uuid2, message } = parsed.data;
  if (message.model === SYNTHETIC_MODEL) return IGNORED;
  const at = Date.parse(timestamp);
  const id = message.id ?? (uuid2 === void 0 ? void 0 : `uuid:${uuid2}`);
  if (Number.isNaN(at) || id === void 0) return MALFORMED;
  const usage = message.usage;
  return {
    kind: "record",
    record: {
      id,
      at,
      model: message.model ?? "unknown",
      project: cwd || folderProject,
      input: usage.input_tokens,
      output: usage.output_tokens,
      cacheCreation: usage.cache_creation_input_tokens ?? 0,
      cacheRead: usage.cache_read_input_tokens ?? 0,
      final: message.stop_reason !== null && message.stop_reason !== void 0
    }
  };
}

// src/sources/ledger/read-more.ts
var import_node_fs5 = require("node:fs");
function readMore(fd, buffer, filled, position) {
  let into = buffer;
  if (filled === into.length) {
    into = Buffer.allocUnsafe(buffer.length * 2);
    buffer.copy(into, 0, 0, filled);
  }
  return { buffer: into, read: (0, import_node_fs5.readSync)(fd, into, filled, into.length - filled, position + filled) };
}

// src/sources/ledger/scan.ts
var USAGE_KEY = import_node_buffer.Buffer.from('"usage"');
var CONTENT_START = import_node_buffer.Buffer.from('"content":[');
var CONTENT_END = import_node_buffer.Buffer.from('],"stop_reason"');
function withoutContent(view, start, end) {
  const open = view.indexOf(CONTENT_START, start);
  if (open < 0 || open >= end) return null;
  const close = view.subarray(0, end).lastIndexOf(CONTENT_END);
  if (close <= open) return null;
  const cut = open + CONTENT_START.length;
  return view.toString("utf8", start, cut) + view.toString("utf8", close, end);
}
var NEWLINE = 10;
var CHUNK_BYTES = 1 << 20;
var scratch = import_node_buffer.Buffer.alloc(0);
var isSpace = (byte) => byte === 32 || byte === 9 || byte === 13;
var LineSink = class {
  constructor(folderProject, onRecord) {
    this.folderProject = folderProject;
    this.onRecord = onRecord;
  }
  folderProject;
  onRecord;
  skipped = 0;
  /** One line without its newline; returns false when it could not be read. */
  line(view, start, end, hasUsageKey) {
    while (start < end && isSpace(view[start])) start += 1;
    while (end > start && isSpace(view[end - 1])) end -= 1;
    if (start === end) return true;
    if (!hasUsageKey) return view[start] === 123 && view[end - 1] === 125;
    const slim = withoutContent(view, start, end);
    const fast = slim === null ? null : parseLine(slim, this.folderProject);
    const result = fast === null || fast.kind === "malformed" ? parseLine(view.toString("utf8", start, end), this.folderProject) : fast;
    if (result.kind === "record") this.onRecord(result.record);
    return result.kind !== "malformed";
  }
  /** Every complete line of view[0, filled); returns the index after the last newline. */
  lines(view) {
    let start = 0;
    let hit = view.indexOf(USAGE_KEY);
    for (; ; ) {
      const newline = view.indexOf(NEWLINE, start);
      if (newline < 0) return start;
      if (hit !== -1 && hit < start) hit = view.indexOf(USAGE_KEY, start);
      if (!this.line(view, start, newline, hit !== -1 && hit < newline)) this.skipped += 1;
      start = newline + 1;
    }
  }
};
function scanFile(path, from, folderProject, onRecord, shouldStop) {
  const sink = new LineSink(folderProject, onRecord);
  const fd = (0, import_node_fs6.openSync)(path, "r");
  let buffer = scratch.length >= CHUNK_BYTES ? scratch : import_node_buffer.Buffer.allocUnsafe(CHUNK_BYTES);
  scratch = import_node_buffer.Buffer.alloc(0);
  let filled = 0;
  let position = from;
  let bytesRead = 0;
  let stopped = false;
  try {
    for (; ; ) {
      const more = readMore(fd, buffer, filled, position);
      buffer = more.buffer;
      const n = more.read;
      if (n === 0) break;
      filled += n;
      bytesRead += n;
      const consumed = sink.lines(buffer.subarray(0, filled));
      buffer.copy(buffer, 0, consumed, filled);
      filled -= consumed;
      position += consumed;
      if (shouldStop()) {
        stopped = true;
        break;
      }
    }
  } finally {
    (0, import_node_fs6.closeSync)(fd);
    if (buffer.length === CHUNK_BYTES) scratch = buffer;
  }
  const tail = buffer.subarray(0, filled);
  const pendingTail = !stopped && filled > 0 && !sink.line(tail, 0, filled, tail.includes(USAGE_KEY));
  return { offset: position, skipped: sink.skipped, pendingTail, bytesRead, stopped };
}

// src/sources/ledger/scan-pool.ts
var SCAN_THREAD = "claude-plan-meter ledger scan";
var SCAN_THREAD_ARG = "--scan-thread";
var AHEAD = 2;
function scanHere(task, deadline, onRecord) {
  return scanFile(task.path, task.from, task.folderProject, onRecord, () => Date.now() > deadline);
}
var NONE = [];
async function scanTasks(tasks, threads, deadline, sink) {
  const outcomes = /* @__PURE__ */ new Map();
  let delivered = 0;
  const settle = (index, outcome) => {
    outcomes.set(index, outcome);
    for (let o = outcomes.get(delivered); o !== void 0; o = outcomes.get(delivered)) {
      outcomes.delete(delivered);
      if (typeof o === "object") for (const r of o.records) sink.record(r);
      sink.file(delivered, o);
      delivered += 1;
    }
  };
  const returned = [];
  let next = 0;
  const take = () => {
    if (Date.now() > deadline) return null;
    if (returned.length > 0) return returned.shift();
    return next < tasks.length ? next++ : null;
  };
  const runHere = (index) => {
    const direct = index === delivered;
    const kept = [];
    try {
      const result = scanHere(tasks[index], deadline, direct ? (r) => sink.record(r) : (r) => kept.push(r));
      settle(index, { result, records: direct ? NONE : kept });
    } catch {
      settle(index, "failed");
    }
  };
  const made = threads ? await Promise.all(Array.from({ length: threads.count }, () => startWorker(threads).catch(() => null))) : [];
  const workers = made.filter((w) => w !== null);
  const helpers = workers.map((worker) => {
    const inFlight = /* @__PURE__ */ new Set();
    let stopped = false;
    let done = () => {
    };
    const finished = new Promise((resolve2) => done = resolve2);
    const stop = () => {
      if (stopped) return;
      stopped = true;
      returned.push(...inFlight);
      inFlight.clear();
      void worker.terminate();
      done();
    };
    const send = () => {
      const index = take();
      if (index === null) return;
      inFlight.add(index);
      worker.postMessage({ index, task: tasks[index], deadline });
    };
    worker.on("message", (reply) => {
      if ("ready" in reply) {
        for (let k = 0; k < AHEAD; k += 1) send();
      } else {
        inFlight.delete(reply.index);
        const records = "packed" in reply ? new PackedRecordSet(reply.packed).values() : null;
        settle(reply.index, records ? { result: reply.result, records } : "failed");
        send();
      }
      if (inFlight.size === 0) stop();
    });
    worker.on("error", stop);
    worker.on("exit", stop);
    return { inFlight, stop, finished };
  });
  for (; ; ) {
    const index = take();
    if (index !== null) {
      runHere(index);
      if (helpers.length > 0) await new Promise((resolve2) => setImmediate(resolve2));
      continue;
    }
    for (const h of helpers) if (h.inFlight.size === 0) h.stop();
    await Promise.all(helpers.map((h) => h.finished));
    if (returned.length === 0) break;
  }
  for (let index = delivered; index < tasks.length; index += 1) {
    if (!outcomes.has(index)) settle(index, "unstarted");
  }
}
async function startWorker(threads) {
  const { Worker } = await Promise.resolve().then(() => __toESM(require("node:worker_threads")));
  const worker = new Worker(threads.script, {
    argv: [...threads.argv, SCAN_THREAD_ARG],
    workerData: { [SCAN_THREAD]: true },
    // Its output is never the command's: a thread only replies by message.
    stdout: true,
    stderr: true
  });
  worker.unref();
  return worker;
}
async function scanThreadPort(argv) {
  if (argv[0] !== SCAN_THREAD_ARG) return null;
  const { isMainThread, parentPort, workerData } = await Promise.resolve().then(() => __toESM(require("node:worker_threads")));
  const marked = workerData?.[SCAN_THREAD] === true;
  return !isMainThread && marked ? parentPort : null;
}
function serveScans(port) {
  return new Promise((resolve2) => {
    port.on("message", ({ index, task, deadline }) => {
      let reply;
      try {
        const records = [];
        const result = scanHere(task, deadline, (r) => records.push(r));
        reply = { index, result, packed: packRecords(records, records.length) };
      } catch {
        reply = { index };
      }
      port.postMessage(reply, "packed" in reply ? [reply.packed.rows.buffer] : []);
    });
    port.on("close", resolve2);
    port.postMessage({ ready: true });
  });
}

// src/cli/ledger/args.ts
var LEDGER_USAGE = `Usage: claude-plan-meter ledger [options]

What Claude Code on this machine spent, from its local logs (~/.claude/projects, ~/.config/claude/projects,
or each <dir>/projects of $CLAUDE_CONFIG_DIR). Without --from/--to: the current 5-hour and 7-day windows
as the last recorded reading places them, else the last 5 h and 7 d.

  --from ISO      start of the span (inclusive instant)
  --to ISO        end of the span (inclusive instant; default now)
  --json          print JSON: one object for --from/--to, else { "five_hour": \u2026, "seven_day": \u2026 }
  --logs DIRS     Claude config dirs to read (comma-separated, each with a projects/ folder) instead
                  of the defaults; read afresh, nothing kept
  --now ISO       evaluate as of this instant
  --help          this text

The logs cannot see claude.ai in a browser or other machines, and tokens are not the server's percent.`;
function parseLedgerArgs(argv) {
  const { values } = parseOptions({
    args: argv,
    options: {
      json: { type: "boolean", default: false },
      from: { type: "string" },
      to: { type: "string" },
      now: { type: "string" },
      logs: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  const options = {
    json: values.json,
    from: parseInstant("from", values.from),
    to: parseInstant("to", values.to),
    now: parseInstant("now", values.now),
    logs: values.logs ?? null,
    help: values.help
  };
  if (options.to && !options.from) throw new UsageError("--to needs --from");
  if (options.from && options.to && options.from > options.to) throw new UsageError("--from is after --to");
  return options;
}

// src/cli/ledger/read.ts
var import_node_path6 = require("node:path");

// src/core/ledger/project.ts
function decodeProjectFolder(folder) {
  return folder.replace(/-/g, "/");
}
function projectName(path) {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

// src/core/ledger/span.ts
function modelFamily(model) {
  const match = /^claude-(?:[\d.]+-)*([a-z]+)/.exec(model);
  return match ? match[1] : null;
}
var byTotal = (a, b) => b.total - a.total;
var Tally = class {
  constructor(span) {
    this.span = span;
    this.from = span.from.getTime();
    this.to = span.to.getTime();
  }
  span;
  from;
  to;
  tokens = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0, total: 0 };
  models = /* @__PURE__ */ new Map();
  projects = /* @__PURE__ */ new Map();
  messages = 0;
  bounds = { before: null, first: null, last: null, after: null };
  /** `r` is not kept: it may be reused for the next record. */
  add(r, family) {
    if (this.span.family !== null && family !== this.span.family) return;
    const b = this.bounds;
    if (r.at < this.from) {
      if (b.before === null || r.at > b.before) b.before = r.at;
      return;
    }
    if (r.at > this.to) {
      if (b.after === null || r.at < b.after) b.after = r.at;
      return;
    }
    if (b.first === null || r.at < b.first) b.first = r.at;
    if (b.last === null || r.at > b.last) b.last = r.at;
    const total = recordTotal(r);
    const tokens = this.tokens;
    this.messages += 1;
    tokens.input += r.input;
    tokens.output += r.output;
    tokens.cacheCreation += r.cacheCreation;
    tokens.cacheRead += r.cacheRead;
    tokens.total += total;
    const model = this.models.get(r.model);
    if (model) {
      model.messages += 1;
      model.total += total;
    } else this.models.set(r.model, { model: r.model, messages: 1, total });
    this.projects.set(r.project, (this.projects.get(r.project) ?? 0) + total);
  }
  result() {
    const grand = this.tokens.total;
    const byProject = [...this.projects].map(([path, total]) => ({
      project: projectName(path),
      path,
      total,
      share: grand > 0 ? Math.round(total / grand * 1e4) / 1e4 : 0
    }));
    const summary = {
      from: this.span.from,
      to: this.span.to,
      messages: this.messages,
      tokens: this.tokens,
      byModel: [...this.models.values()].sort(byTotal),
      byProject: byProject.sort(byTotal)
    };
    return { summary, bounds: this.bounds };
  }
};
function tallySpans(records, spans) {
  const tallies = spans.map((span) => new Tally(span));
  if (tallies.length === 0) return [];
  const scoped = spans.some((s) => s.family !== null);
  let lastModel = null;
  let family = null;
  const add = (r) => {
    if (scoped && r.model !== lastModel) {
      lastModel = r.model;
      family = modelFamily(r.model);
    }
    for (const t of tallies) t.add(r, family);
  };
  if (records instanceof PackedRecordSet) records.forEach(add);
  else for (const r of records) add(r);
  return tallies.map((t) => t.result());
}

// src/core/ledger/summary-cache.ts
var CachedSpanSchema = object({
  family: stringOrNull,
  before: instant,
  first: instant,
  last: instant,
  after: instant,
  messages: count,
  tokens: object({ input: count, output: count, cacheCreation: count, cacheRead: count, total: count }),
  byModel: object({ model: strings, messages: counts, total: counts }).check(refine(sameLengths)),
  byProject: object({ project: strings, path: strings, total: counts, share: numbers }).check(refine(sameLengths))
});
var SummaryCacheSchema = array(CachedSpanSchema);
var KEPT = 16;
function cachedSpan({ summary, bounds }, family) {
  const { messages, tokens, byModel: m, byProject: p } = summary;
  return {
    family,
    ...bounds,
    messages,
    tokens,
    byModel: { model: m.map((x) => x.model), messages: m.map((x) => x.messages), total: m.map((x) => x.total) },
    byProject: {
      project: p.map((x) => x.project),
      path: p.map((x) => x.path),
      total: p.map((x) => x.total),
      share: p.map((x) => x.share)
    }
  };
}
function cachedAnswer(cache, span) {
  const from = span.from.getTime();
  const to = span.to.getTime();
  for (const c of cache) {
    if (c.family !== span.family) continue;
    if (c.before !== null && from <= c.before) continue;
    if (c.first !== null && from > c.first) continue;
    if (c.last !== null && to < c.last) continue;
    if (c.after !== null && to >= c.after) continue;
    const { messages, tokens, byModel: m, byProject: p } = c;
    const byModel = m.model.map((model, i) => ({ model, messages: m.messages[i], total: m.total[i] }));
    const byProject = p.path.map((path, i) => ({ project: p.project[i], path, total: p.total[i], share: p.share[i] }));
    return { from: span.from, to: span.to, messages, tokens: { ...tokens }, byModel, byProject };
  }
  return null;
}
function nextCache(fresh, older) {
  const seen = /* @__PURE__ */ new Set();
  const kept = [];
  for (const c of [...fresh, ...older]) {
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept.slice(0, KEPT);
}

// src/core/ledger/state.ts
var STATE_VERSION = 3;
var FileColumns = object({
  path: strings,
  identity: strings,
  size: counts,
  mtimeMs: numbers,
  offset: counts,
  skipped: counts,
  pendingTail: booleans
}).check(refine(sameLengths));
function fileColumns(files) {
  const c = { path: [], identity: [], size: [], mtimeMs: [], offset: [], skipped: [], pendingTail: [] };
  for (const [path, m] of Object.entries(files)) {
    c.path.push(path);
    c.identity.push(m.identity);
    c.size.push(m.size);
    c.mtimeMs.push(m.mtimeMs);
    c.offset.push(m.offset);
    c.skipped.push(m.skipped);
    c.pendingTail.push(m.pendingTail);
  }
  return c;
}
function fileMarks(c) {
  const files = {};
  c.path.forEach((path, i) => {
    const { identity, size, mtimeMs, offset, skipped, pendingTail } = c;
    files[path] = {
      identity: identity[i],
      size: size[i],
      mtimeMs: mtimeMs[i],
      offset: offset[i],
      skipped: skipped[i],
      pendingTail: pendingTail[i]
    };
  });
  return files;
}
var Header = object({
  version: literal(STATE_VERSION),
  roots: strings,
  retainFrom: finite,
  files: FileColumns,
  models: strings,
  projects: strings,
  records: count,
  summaries: SummaryCacheSchema
});
var emptyState = (roots, retainFrom) => ({
  roots,
  retainFrom,
  files: {},
  records: /* @__PURE__ */ new Map(),
  summaries: []
});
function serializeState(state) {
  const r = state.records;
  const { ids, models, projects, rows: rows2 } = r instanceof PackedRecordSet ? r.packed : packRecords(r.values(), r.size);
  const header = {
    version: STATE_VERSION,
    roots: state.roots,
    retainFrom: state.retainFrom,
    files: fileColumns(state.files),
    models,
    projects,
    records: ids.length,
    summaries: state.summaries
  };
  return { header: `${JSON.stringify(header)}
`, ids: `${JSON.stringify(ids)}
`, rows: rows2 };
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseStateHead(line) {
  const parsed = Header.safeParse(parseJson(line));
  if (!parsed.success) return null;
  const { roots, retainFrom, files, models, projects, records, summaries } = parsed.data;
  return { head: { roots, retainFrom, files: fileMarks(files), summaries }, models, projects, records };
}
function parseStateRecords(parsed, idLine, rows2) {
  const { models, projects, records } = parsed;
  const ids = parseJson(idLine);
  if (!Array.isArray(ids) || ids.length !== records || !ids.every((id) => typeof id === "string")) return null;
  const packed = { ids, models, projects, rows: rows2 };
  return packedValid(packed) ? new PackedRecordSet(packed) : null;
}

// src/sources/ledger/folders-file.ts
var import_node_fs7 = require("node:fs");
var import_node_path4 = require("node:path");
var LEDGER_FOLDERS_FILE = "ledger-folders.json";
function openFolderListings(statePath) {
  const path = (0, import_node_path4.join)((0, import_node_path4.dirname)(statePath), LEDGER_FOLDERS_FILE);
  let text = null;
  try {
    text = (0, import_node_fs7.readFileSync)(path, "utf8");
  } catch {
  }
  return {
    listings: parseFolderListings(text),
    save(next) {
      try {
        writeFileAtomically(path, serializeFolderListings(next));
      } catch {
      }
    }
  };
}

// src/sources/ledger/state-file.ts
var import_node_fs8 = require("node:fs");
var import_node_path5 = require("node:path");
var LEDGER_STATE_FILE = "ledger.json";
var NEWLINE2 = 10;
var HEAD_CHUNK = 1 << 16;
function readLine(fd, position) {
  let buffer = Buffer.allocUnsafe(HEAD_CHUNK);
  let filled = 0;
  for (; ; ) {
    const more = readMore(fd, buffer, filled, position);
    buffer = more.buffer;
    const n = more.read;
    if (n === 0) return null;
    const newline = buffer.indexOf(NEWLINE2, filled);
    filled += n;
    if (newline >= 0 && newline < filled) return buffer.subarray(0, newline);
  }
}
function readRecords(fd, start, head) {
  const size = (0, import_node_fs8.fstatSync)(fd).size;
  if (size < start) return null;
  const bytes = Buffer.allocUnsafe(size - start);
  let filled = 0;
  while (filled < bytes.length) {
    const n = (0, import_node_fs8.readSync)(fd, bytes, filled, bytes.length - filled, start + filled);
    if (n === 0) return null;
    filled += n;
  }
  const end = bytes.indexOf(NEWLINE2) + 1;
  if (end === 0 || (bytes.length - end) % 8 !== 0) return null;
  const rows2 = new Float64Array(new Uint8Array(bytes.subarray(end)).buffer);
  return parseStateRecords(head, bytes.toString("utf8", 0, end - 1), rows2);
}
function openLedgerState(path) {
  let fd;
  try {
    fd = (0, import_node_fs8.openSync)(path, "r");
  } catch {
    return null;
  }
  const close = () => (0, import_node_fs8.closeSync)(fd);
  try {
    const line = readLine(fd, 0);
    const parsed = line === null ? null : parseStateHead(line.toString("utf8"));
    if (line === null || parsed === null) {
      close();
      return null;
    }
    const start = line.length + 1;
    let records;
    return {
      head: parsed.head,
      records: () => {
        try {
          records ??= readRecords(fd, start, parsed);
        } catch {
          records = null;
        }
        return records;
      },
      close
    };
  } catch {
    close();
    return null;
  }
}
async function saveLedgerState(path, state) {
  const { mkdir, rename, rm, writeFile } = await Promise.resolve().then(() => __toESM(require("node:fs/promises")));
  await mkdir((0, import_node_path5.dirname)(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const { header, ids, rows: rows2 } = serializeState(state);
    await writeFile(
      temp,
      Buffer.concat([Buffer.from(header + ids), new Uint8Array(rows2.buffer, rows2.byteOffset, rows2.byteLength)]),
      { mode: 384 }
    );
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// src/sources/ledger/refresh.ts
function plan(file, mark) {
  if (mark === void 0 || mark.identity !== file.identity || file.size < mark.offset) {
    return { file, from: 0, skipped: 0 };
  }
  if (file.size === mark.size && file.mtimeMs === mark.mtimeMs) return null;
  return { file, from: mark.offset, skipped: mark.skipped };
}
function planFiles(found, marks) {
  const plans = [];
  let kept = 0;
  for (const f of found) {
    const mark = marks[f.path];
    if (mark) kept += 1;
    const p = plan(f, mark);
    if (p) plans.push(p);
  }
  plans.sort((a, b) => b.file.mtimeMs - a.file.mtimeMs);
  if (kept === Object.keys(marks).length) return { files: marks, plans, removed: false };
  const files = {};
  for (const f of found) if (marks[f.path]) files[f.path] = marks[f.path];
  return { files, plans, removed: true };
}
function usableHead(stored, options) {
  const head = stored?.head;
  if (!head || head.roots.join("\n") !== options.roots.join("\n") || head.retainFrom > options.retainFrom) return null;
  return head;
}
function progress(found, files) {
  let bytesDone = 0;
  let bytesTotal = 0;
  let skippedLines = 0;
  for (const f of found) {
    const mark = files[f.path];
    bytesTotal += f.size;
    bytesDone += mark ? Math.min(f.size, mark.size === f.size ? f.size : mark.offset) : 0;
    skippedLines += mark ? mark.skipped + Number(mark.pendingTail) : 0;
  }
  return { files: found.length, skippedLines, bytesDone, bytesTotal };
}
function answer(records, spans, older) {
  const answers = spans.map((span) => cachedAnswer(older, span));
  const missing = spans.filter((_, i) => answers[i] === null);
  const tallies = tallySpans(records instanceof PackedRecordSet ? records : records.values(), missing);
  const fresh = tallies.map((t, i) => cachedSpan(t, missing[i].family));
  let next = 0;
  const summaries = answers.map((a) => a ?? tallies[next++].summary);
  return { summaries, cache: nextCache(fresh, older), cacheChanged: fresh.length > 0 };
}
async function refreshLedger(options) {
  const stored = options.statePath === null ? null : openLedgerState(options.statePath);
  try {
    return await refreshFrom(stored, options);
  } finally {
    stored?.close();
  }
}
async function refreshFrom(stored, options) {
  const started = Date.now();
  const budget = options.budgetMs ?? Infinity;
  let head = usableHead(stored, options);
  const folders = options.statePath === null ? null : openFolderListings(options.statePath);
  const { files: found, listings, listingsChanged } = findLogFiles(options.roots, folders?.listings);
  if (listingsChanged) folders?.save(listings);
  let { files, plans, removed } = planFiles(found, head?.files ?? {});
  if (head && plans.length === 0 && !removed && !options.keepRecords) {
    const summaries2 = options.spans.map((span) => cachedAnswer(head.summaries, span));
    if (summaries2.every((s) => s !== null)) {
      return { summaries: summaries2, records: null, scannedBytes: 0, complete: true, ...progress(found, files) };
    }
  }
  const storedRecords = head && stored ? stored.records() : null;
  if (storedRecords === null && head !== null) {
    head = null;
    ({ files, plans, removed } = planFiles(found, {}));
  }
  const state = head ?? emptyState(options.roots, options.retainFrom);
  const incoming = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const name = (s) => names.get(s) ?? (names.set(s, s), s);
  const keep = (record) => {
    if (record.at < options.retainFrom) return;
    record.model = name(record.model);
    record.project = name(record.project);
    addRecord(incoming, record);
  };
  let changed = head === null || removed;
  const toRead = [];
  for (const p of plans) {
    changed = true;
    const { file: file2 } = p;
    if (options.skipUntouched && file2.mtimeMs < options.retainFrom) {
      const { identity, mtimeMs, size } = file2;
      files[file2.path] = { identity, mtimeMs, size, offset: size, skipped: 0, pendingTail: false };
    } else toRead.push(p);
  }
  let toReadBytes = 0;
  for (const p of toRead) toReadBytes += p.file.size - p.from;
  const threads = options.scanThreads && toReadBytes >= options.scanThreads.minBytes ? options.scanThreads : null;
  let scannedBytes = 0;
  let complete = true;
  const tasks = toRead.map(({ file: file2, from }) => ({
    path: file2.path,
    from,
    folderProject: decodeProjectFolder(file2.folder)
  }));
  const file = (index, outcome) => {
    const { file: file2, skipped } = toRead[index];
    if (outcome === "unstarted") {
      complete = false;
    } else if (outcome === "failed") {
      delete files[file2.path];
    } else {
      const r = outcome.result;
      scannedBytes += r.bytesRead;
      const size = r.stopped ? r.offset : file2.size;
      const { identity, mtimeMs } = file2;
      files[file2.path] = {
        identity,
        mtimeMs,
        size,
        offset: r.offset,
        skipped: skipped + r.skipped,
        pendingTail: r.pendingTail
      };
      if (r.stopped) complete = false;
    }
  };
  await scanTasks(tasks, threads, started + budget, { record: keep, file });
  let current = storedRecords ?? incoming;
  let recordsChanged = storedRecords === null && incoming.size > 0;
  if (storedRecords && (incoming.size > 0 || storedRecords.oldest() < options.retainFrom)) {
    const merged = mergeRecords(storedRecords.packed, incoming, options.retainFrom);
    current = new PackedRecordSet(merged.packed);
    recordsChanged = merged.changed;
    changed = true;
  }
  const older = head && !recordsChanged ? head.summaries : [];
  const { summaries, cache, cacheChanged } = answer(current, options.spans, older);
  if (options.statePath !== null && (changed || cacheChanged)) {
    const next = { ...state, retainFrom: options.retainFrom, files, records: current, summaries: cache };
    await saveLedgerState(options.statePath, next);
  }
  return {
    summaries,
    records: options.keepRecords ? current : null,
    scannedBytes,
    complete,
    ...progress(found, files)
  };
}

// src/cli/ledger/read.ts
var MAX_THREADS = 3;
var PARALLEL_BYTES = 32 * 1024 * 1024;
function scanThreads() {
  const script = process.argv[1];
  if (!script) return void 0;
  return {
    script,
    argv: ["ledger"],
    minBytes: PARALLEL_BYTES,
    // Counted only for a scan that large: node:os is a module to load, which a warm refresh never needs.
    get count() {
      const { availableParallelism } = require("node:os");
      return Math.min(availableParallelism() - 1, MAX_THREADS);
    }
  };
}
function readLocalLedger(options) {
  const retained = options.now.getTime() - RETAIN_MS;
  const earliest = options.earliest?.getTime() ?? retained;
  const persist = options.persist && earliest >= retained;
  return refreshLedger({
    roots: projectsFolders(options.configDirs),
    retainFrom: Math.min(earliest, retained),
    skipUntouched: !options.fixedNow,
    spans: options.spans,
    scanThreads: scanThreads(),
    statePath: persist ? (0, import_node_path6.join)((0, import_node_path6.dirname)(defaultStatePath()), LEDGER_STATE_FILE) : null
  });
}

// src/core/format.ts
var MINUTE = 60;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function formatAbsolute(date2, now = /* @__PURE__ */ new Date()) {
  const p = {};
  for (const { type, value } of absoluteFormat().formatToParts(date2)) p[type] = value;
  return `${p.weekday} ${p.day} ${p.month}${isSameYear(date2, now) ? "" : ` ${p.year}`}, ${p.hour}:${p.minute}`;
}
var absolute;
var absoluteFormat = () => absolute ??= new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23"
});

// src/core/text.ts
var UNPRINTABLE_CHARS = String.raw`[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`;
var UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "gu");
var HAS_UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "u");

// src/core/windows.ts
var CRITICAL_AT = 100;
function trimmed(value, decimals) {
  const text = value.toFixed(decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function formatPercent(percent, compact2 = false) {
  if (percent === 0) return "0%";
  if (percent > 0 && percent < 1) return "<1%";
  const decimals = compact2 ? 0 : 1;
  const rounded = Number(percent.toFixed(decimals));
  const shown = percent < CRITICAL_AT && rounded >= CRITICAL_AT ? CRITICAL_AT - 10 ** -decimals : rounded;
  return `${trimmed(shown, decimals)}%`;
}

// src/core/ledger/text.ts
var formats;
var numberFormats = () => formats ??= {
  oneDecimal: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
  whole: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })
};
function formatTokens(n) {
  const { oneDecimal, whole } = numberFormats();
  if (n >= 1e9) return `${oneDecimal.format(n / 1e9)} B`;
  if (n >= 1e6) return `${oneDecimal.format(n / 1e6)} M`;
  if (n >= 1e3) return `${oneDecimal.format(n / 1e3)} k`;
  return whole.format(n);
}
var LOCAL_CAVEAT = "Counts Claude Code on this machine only: not claude.ai in a browser, not other machines. Tokens are not the server's percent, which weighs models, peak hours and tool calls.";

// src/cli/ledger/render.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function rows(cells, align) {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const pad = (c, i) => align[i] === "r" ? c.padStart(widths[i]) : c.padEnd(widths[i]);
  return cells.map((row) => `    ${row.map(pad).join("  ")}`.trimEnd());
}
function renderSpan(title, s, now) {
  const t = s.tokens;
  const lines = [
    `${title}: ${formatAbsolute(s.from, now)} \u2192 ${formatAbsolute(s.to, now)}`,
    `  ${formatTokens(t.total)} tokens in ${plural(s.messages, "message")}: input ${formatTokens(t.input)} \xB7 output ${formatTokens(t.output)} \xB7 cache write ${formatTokens(t.cacheCreation)} \xB7 cache read ${formatTokens(t.cacheRead)}`
  ];
  if (s.byProject.length > 0) {
    lines.push("  Projects");
    lines.push(
      ...rows(
        s.byProject.map((p) => [p.project, formatTokens(p.total), formatPercent(p.share * 100, true), p.path]),
        "lrrl"
      )
    );
  }
  if (s.byModel.length > 0) {
    lines.push("  Models");
    lines.push(
      ...rows(
        s.byModel.map((m) => [m.model, formatTokens(m.total), plural(m.messages, "message")]),
        "lrr"
      )
    );
  }
  return lines;
}
function renderLedger(spans, snapshot, now) {
  const blocks = spans.map(([title, s]) => renderSpan(title, s, now).join("\n"));
  const footer = [
    `${plural(snapshot.files, "log file")} \xB7 ${plural(snapshot.skippedLines, "unreadable line")} \xB7 ${formatTokens(snapshot.scannedBytes)}B read this run`,
    LOCAL_CAVEAT
  ];
  return [...blocks, footer.join("\n")].join("\n\n");
}

// src/cli/write-out.ts
var import_node_fs9 = require("node:fs");
var pause = new Int32Array(new SharedArrayBuffer(4));
function writeOut(text, fd = 1) {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += (0, import_node_fs9.writeSync)(fd, bytes, written);
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

// src/cli/ledger/command.ts
var TITLES = { five_hour: "5-hour window", seven_day: "7-day window" };
function withScan(s, snapshot) {
  return {
    ...spanJson(s),
    files: snapshot.files,
    skipped_lines: snapshot.skippedLines,
    scanned_bytes: snapshot.scannedBytes
  };
}
function sayWhereNoLogsWere(roots) {
  const missing = missingFolders(roots);
  if (missing.length === 0 || missing.length < roots.length) return;
  const verb = missing.length > 1 ? "do" : "does";
  process.stderr.write(`claude-plan-meter: no Claude Code logs: ${missing.join(" and ")} ${verb} not exist
`);
}
var scanningThread = false;
var addsToCodeCache = () => !scanningThread;
async function ledgerCommand(argv) {
  const port = await scanThreadPort(argv);
  if (port) {
    scanningThread = true;
    await serveScans(port);
    return 0;
  }
  const options = parseLedgerArgs(argv);
  if (options.help) {
    writeOut(`${LEDGER_USAGE}
`);
    return 0;
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const single = options.from ? { from: options.from, to: options.to ?? now, family: null } : null;
  const spans = single ? [["Span", single]] : Object.entries(currentSpans(loadHistory(new FileStore(defaultStatePath())), now));
  const configDirs = options.logs ?? process.env.CLAUDE_CONFIG_DIR;
  const snapshot = await readLocalLedger({
    configDirs,
    now,
    fixedNow: options.now !== null,
    earliest: new Date(Math.min(...spans.map(([, s]) => s.from.getTime()))),
    persist: options.logs === null,
    spans: spans.map(([, span]) => span)
  });
  const summaries = spans.map(([key], i) => [key, snapshot.summaries[i]]);
  if (snapshot.files === 0) sayWhereNoLogsWere(projectsFolders(configDirs));
  if (options.json) {
    const doc = single ? withScan(summaries[0][1], snapshot) : Object.fromEntries(summaries.map(([key, s]) => [key, withScan(s, snapshot)]));
    writeOut(`${JSON.stringify(doc, null, 2)}
`);
  } else {
    const titled = summaries.map(([key, s]) => [TITLES[key] ?? key, s]);
    writeOut(`${renderLedger(titled, snapshot, now)}
`);
  }
  return 0;
}

// src/cli/ledger/main.ts
runAlone("ledger", ledgerCommand);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  addsToCodeCache
});
