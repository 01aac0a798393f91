// Built from src/cli by `npm run build:cli`: edit the sources, not this file.
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
  for (const [name2, option] of Object.entries(options)) {
    if (!(name2 in values) && option.default !== void 0) values[name2] = option.default;
  }
  return { values, positionals: [] };
}
function parseOptions(config2) {
  try {
    return onlyDeclaredFlags(config2) ?? (0, import_node_util.parseArgs)(config2);
  } catch (error2) {
    throw new UsageError(error2.message);
  }
}
function parseInstant(name2, value) {
  if (value === void 0) return null;
  const date2 = new Date(value);
  if (Number.isNaN(date2.getTime())) throw new UsageError(`--${name2}: not an ISO-8601 instant: ${value}`);
  return date2;
}
var SOURCE_OPTIONS = {
  file: { type: "string" },
  bridge: { type: "string" },
  "no-bridge": { type: "boolean", default: false },
  "no-oauth": { type: "boolean", default: false },
  keychain: { type: "boolean", default: false },
  now: { type: "string" },
  "stale-after": { type: "string", default: "10" }
};
function sourceOptions(values) {
  const now = parseInstant("now", values.now);
  const staleAfterMinutes = Number(values["stale-after"]);
  if (!Number.isFinite(staleAfterMinutes) || staleAfterMinutes <= 0) {
    throw new UsageError(`--stale-after: expected a positive number of minutes, got ${values["stale-after"]}`);
  }
  return {
    file: values.file ?? null,
    bridgeUrl: values.bridge ?? process.env.CLAUDE_PLAN_METER_BRIDGE_URL ?? DEFAULT_BRIDGE_URL,
    bridge: !values["no-bridge"],
    oauth: !values["no-oauth"],
    keychain: values.keychain,
    now,
    staleAfterMinutes
  };
}

// src/cli/failure.ts
function failed(error2, sub) {
  const message = error2 instanceof UsageError ? `${error2.message} \u2014 see ${sub ? `claude-plan-meter ${sub} ` : ""}--help` : error2 instanceof InputError ? error2.message : String(error2);
  process.stderr.write(`claude-plan-meter: ${message}
`);
  return error2 instanceof UsageError ? 64 : 1;
}
function runAlone(sub, command) {
  void command(process.argv.slice(3)).catch((error2) => failed(error2, sub)).then((code) => {
    process.exitCode = code;
  });
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
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
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
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
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
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
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
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
    const max2 = d.maximum ?? d.length ?? d.size;
    if (max2 >= 0)
      caps.push([max2, ch]);
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
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
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
function $constructor(name2, initializer2, proto, params) {
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
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
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
  Object.defineProperty(Definition, "name", { value: name2 });
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
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
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
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
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
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
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
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
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
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
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
      for (const [max2, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max2 && ch._zod.def.when(payload)) {
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
  const isObject4 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject4(input)) {
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
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns2 = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns2.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
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
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
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

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
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
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
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
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
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
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
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
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
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
var ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// src/core/jitless.ts
config({ jitless: true });

// src/cli/statusline/line.ts
var import_node_path5 = require("node:path");

// src/cli/write-out.ts
var import_node_fs = require("node:fs");
var pause = new Int32Array(new SharedArrayBuffer(4));
function writeOut(text, fd = 1) {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += (0, import_node_fs.writeSync)(fd, bytes, written);
    } catch (error2) {
      const code = error2.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw error2;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

// src/cli/paint.ts
var COLOURS = { ok: "32", warning: "33", critical: "31", dim: "2" };
var plain = (text) => text;
var ansi = (text, tone) => `\x1B[${COLOURS[tone]}m${text}\x1B[0m`;
var noColor = (env = process.env) => Boolean(env.NO_COLOR);

// node_modules/date-fns/_lib/getRoundingMethod.js
function getRoundingMethod(method) {
  return (number3) => {
    const round = method ? Math[method] : Math.trunc;
    const result = round(number3);
    return result === 0 ? 0 : result;
  };
}

// node_modules/date-fns/constants.js
var daysInYear = 365.2425;
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
var minTime = -maxTime;
var millisecondsInMinute = 6e4;
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

// node_modules/date-fns/differenceInMilliseconds.js
function differenceInMilliseconds(laterDate, earlierDate) {
  return +toDate(laterDate) - +toDate(earlierDate);
}

// node_modules/date-fns/differenceInSeconds.js
function differenceInSeconds(laterDate, earlierDate, options) {
  const diff = differenceInMilliseconds(laterDate, earlierDate) / 1e3;
  return getRoundingMethod(options?.roundingMethod)(diff);
}

// src/core/format.ts
var MINUTE = 60;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function formatSpan(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return "<1m";
  const days = Math.floor(s / DAY);
  const hours = Math.floor(s % DAY / HOUR);
  const minutes = Math.floor(s % HOUR / MINUTE);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}
function formatCountdown(target, now) {
  const seconds = differenceInSeconds(target, now);
  return seconds <= 0 ? "now" : `in ${formatSpan(seconds)}`;
}
function formatAge(then, now) {
  const s = Math.max(0, differenceInSeconds(now, then));
  if (s < MINUTE) return `${s} s ago`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)} min ago`;
  if (s < DAY) return `${Math.floor(s / HOUR)} h ago`;
  return `${Math.floor(s / DAY)} d ago`;
}
function formatResetLine(state, resetsAt, now) {
  if (state === "not_started") return "not started";
  if (resetsAt === null) return "no reset time";
  if (state === "reset_pending") return `reset ${formatAge(resetsAt, now)} \xB7 refreshing`;
  return `resets ${formatCountdown(resetsAt, now)}`;
}
function isStale(fetchedAt, now, staleAfterMs) {
  return fetchedAt !== null && now.getTime() - fetchedAt.getTime() > staleAfterMs;
}

// src/core/money.ts
var DEFAULT_MINOR_DIGITS = 2;
function normaliseCurrency(code) {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{3}$/.test(upper) ? upper : null;
}
var currencyFormats = /* @__PURE__ */ new Map();
function currencyFormat(locale, currency) {
  const key = `${locale ?? ""}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormats.set(key, format);
  }
  return format;
}
var digitsByCurrency = /* @__PURE__ */ new Map();
function minorDigits(currency) {
  if (!currency) return DEFAULT_MINOR_DIGITS;
  let digits = digitsByCurrency.get(currency);
  if (digits === void 0) {
    try {
      digits = currencyFormat("en", currency).resolvedOptions().maximumFractionDigits ?? DEFAULT_MINOR_DIGITS;
    } catch {
      digits = DEFAULT_MINOR_DIGITS;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
function fromMinor(amount, currency) {
  if (amount === null || amount === void 0) return null;
  return amount / 10 ** minorDigits(currency);
}
function fromWireMoney(money) {
  return money ? money.amount_minor / 10 ** money.exponent : null;
}
function extraUsageFrom(extra, spend) {
  if (!extra && !spend) return null;
  const base = {
    outOfCredits: extra?.disabled_reason === "out_of_credits" || spend?.disabled_reason === "out_of_credits" || null,
    disabledUntil: null
  };
  if (spend) {
    return {
      ...base,
      enabled: spend.enabled ?? extra?.is_enabled ?? false,
      used: fromWireMoney(spend.used),
      limit: fromWireMoney(spend.limit),
      currency: normaliseCurrency(spend.used?.currency ?? spend.limit?.currency),
      percent: spend.percent ?? extra?.utilization ?? null,
      disabledReason: spend.disabled_reason ?? extra?.disabled_reason ?? null
    };
  }
  const wire = extra;
  const currency = normaliseCurrency(wire.currency);
  return {
    ...base,
    enabled: wire.is_enabled,
    used: fromMinor(wire.used_credits, currency),
    limit: fromMinor(wire.monthly_limit, currency),
    currency,
    percent: wire.utilization ?? null,
    disabledReason: wire.disabled_reason ?? null
  };
}
function withOverage(extra, overage) {
  if (!overage) return extra;
  const currency = extra?.currency ?? normaliseCurrency(overage.currency);
  return {
    enabled: extra?.enabled ?? overage.is_enabled,
    used: extra?.used ?? fromMinor(overage.used_credits, currency),
    limit: extra?.limit ?? fromMinor(overage.monthly_credit_limit, currency),
    currency,
    percent: extra?.percent ?? null,
    disabledReason: extra?.disabledReason ?? overage.disabled_reason ?? null,
    outOfCredits: overage.out_of_credits ?? extra?.outOfCredits ?? null,
    disabledUntil: overage.disabled_until ? new Date(overage.disabled_until) : null
  };
}

// node_modules/date-fns/addMilliseconds.js
function addMilliseconds(date2, amount, options) {
  return constructFrom(options?.in || date2, +toDate(date2) + amount);
}

// node_modules/date-fns/max.js
function max(dates, options) {
  let result;
  let context = options?.in;
  dates.forEach((date2) => {
    if (!context && typeof date2 === "object")
      context = constructFrom.bind(null, date2);
    const date_ = toDate(date2, context);
    if (!result || result < date_ || isNaN(+date_)) result = date_;
  });
  return constructFrom(context, result || NaN);
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
function judgingClock(now, real) {
  return max([now, real]);
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
function historyKey(accountId2, windowKey) {
  return `${accountId2}|${windowKey}`;
}
function seriesOf(history, key) {
  return Object.hasOwn(history, key) ? history[key] : [];
}
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
function appendReadings(history, accountId2, readings, fetchedAtOf, now) {
  let next = null;
  const fromTheFuture = futureJudge(now);
  for (const w of readings) {
    const fetchedAt = fetchedAtOf(w);
    if (!fetchedAt) continue;
    const sample = { at: fetchedAt.getTime(), percent: w.percent, resetsAt: w.resetsAt?.getTime() ?? null };
    if (fromTheFuture(sample.at)) continue;
    const key = historyKey(accountId2, w.key);
    const series = seriesOf(next ?? history, key);
    const appended = appendSample(series, sample);
    if (appended === series) continue;
    next ??= { ...history };
    next[key] = appended;
  }
  return next ?? history;
}
function recordAccounts(history, accounts, now) {
  const recorded = accounts.reduce(
    (h, account) => appendReadings(h, account.id, account.windows, (w) => w.fetchedAt, now),
    history
  );
  return prune(recorded, now);
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
  const entries = Object.entries(json).flatMap(([key, raw]) => {
    if (!Array.isArray(raw)) return [];
    const samples = raw.flatMap((s) => {
      const parsed = sampleSchema().safeParse(s);
      return parsed.success && !(now && isFromTheFuture(parsed.data.at, now)) ? [parsed.data] : [];
    }).sort((a, b) => a.at - b.at).reduce(appendSample, []);
    return samples.length > 0 ? [[key, samples]] : [];
  });
  return prune(Object.fromEntries(entries), now);
}

// src/core/text.ts
var UNPRINTABLE_CHARS = String.raw`[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`;
var UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "gu");
var HAS_UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "u");
function printable(text) {
  return text.replace(UNPRINTABLE, "\uFFFD");
}

// src/core/windows.ts
var KNOWN_WINDOWS = {
  five_hour: { label: "5-hour", shortLabel: "5h" },
  seven_day: { label: "7-day", shortLabel: "7d" },
  seven_day_sonnet: { label: "7-day Sonnet", shortLabel: "Sonnet" },
  seven_day_opus: { label: "7-day Opus", shortLabel: "Opus" },
  seven_day_oauth_apps: { label: "7-day OAuth apps", shortLabel: "OAuth" },
  seven_day_omelette: { label: "7-day Omelette", shortLabel: "Omelette" },
  seven_day_cowork: { label: "7-day Cowork", shortLabel: "Cowork" }
};
var NON_WINDOW_KEYS = /* @__PURE__ */ new Set(["extra_usage", "spend", "limits"]);
function isKnownWindow(key) {
  return Object.prototype.hasOwnProperty.call(KNOWN_WINDOWS, key);
}
var PREFIXES = [
  ["seven_day_", "7-day ", ""],
  ["five_hour_", "5-hour ", "5h "]
];
function capitalise(words) {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function windowLabels(key) {
  if (isKnownWindow(key)) return KNOWN_WINDOWS[key];
  for (const [prefix, label, short] of PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const rest = capitalise(printable(key.slice(prefix.length).replace(/_/g, " ")));
      return { label: label + rest, shortLabel: short + rest };
    }
  }
  const human = capitalise(printable(key.replace(/_/g, " ").trim())) || "Unnamed window";
  return { label: human, shortLabel: human };
}
function slug(name2) {
  return name2.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
var WARNING_AT = 80;
var CRITICAL_AT = 100;
function severityOf(percent) {
  if (percent >= CRITICAL_AT) return "critical";
  if (percent >= WARNING_AT) return "warning";
  return "ok";
}
function stateOf(percent, resetsAt, now) {
  if (resetsAt === null) return percent === 0 ? "not_started" : "active";
  return resetsAt.getTime() <= now.getTime() ? "reset_pending" : "active";
}
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

// src/core/forecast.ts
var RATE_SPAN_MS = 90 * 6e4;
var NO_RESET_HORIZON_MS = 7 * 24 * 60 * 6e4;
var HOUR_MS = 60 * 6e4;
var insufficient = (reason, resetsAt) => ({
  verdict: "insufficient_data",
  ratePerHour: null,
  limitAt: null,
  atLimit: false,
  resetsAt,
  reason
});
function currentCycle(series, now) {
  const upToNow = series.filter((s) => s.at <= now.getTime());
  let start = 0;
  for (let i = 1; i < upToNow.length; i++) if (isNewCycle(upToNow[i - 1], upToNow[i])) start = i;
  return upToNow.slice(start);
}
function leastSquaresSlope(samples) {
  const n = samples.length;
  if (n < 2) return null;
  const x0 = samples[0].at;
  const xs = samples.map((s) => (s.at - x0) / HOUR_MS);
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = samples.reduce((a, s) => a + s.percent, 0) / n;
  let covariance = 0;
  let variance = 0;
  samples.forEach((s, i) => {
    covariance += (xs[i] - meanX) * (s.percent - meanY);
    variance += (xs[i] - meanX) ** 2;
  });
  return variance === 0 ? null : covariance / variance;
}
function forecastWindow(series, window, now) {
  const { resetsAt } = window;
  if (window.state !== "active") return insufficient("not_live", resetsAt);
  const cycle = currentCycle(series, now);
  const newest = cycle[cycle.length - 1];
  const recent = newest ? cycle.filter((s) => s.at >= newest.at - RATE_SPAN_MS) : [];
  const rate = leastSquaresSlope(recent);
  const atLimit = window.percent >= CRITICAL_AT;
  if (atLimit) {
    return { verdict: "hits_limit", ratePerHour: rate, limitAt: now, atLimit, resetsAt, reason: null };
  }
  if (rate === null) return insufficient("too_few_readings", resetsAt);
  if (now.getTime() - newest.at > RATE_SPAN_MS) return insufficient("stale", resetsAt);
  if (recent.every((s) => s.percent === newest.percent)) return insufficient("flat", resetsAt);
  const onPace = { verdict: "on_pace", ratePerHour: rate, limitAt: null, atLimit, resetsAt, reason: null };
  if (rate <= 0) return onPace;
  const projected = addMilliseconds(new Date(newest.at), (CRITICAL_AT - newest.percent) / rate * HOUR_MS);
  const deadline = resetsAt?.getTime() ?? now.getTime() + NO_RESET_HORIZON_MS;
  if (projected.getTime() >= deadline) return onPace;
  const limitAt = projected.getTime() < now.getTime() ? now : projected;
  return { ...onPace, verdict: "hits_limit", limitAt };
}

// src/core/view.ts
var STATE_RANK = { active: 0, not_started: 1, reset_pending: 2 };
var PRESSURE_HORIZON_HOURS = 1;
function pressureOf(w, now) {
  const rate = w.forecast.ratePerHour;
  if (w.forecast.verdict === "insufficient_data" || rate === null || rate <= 0) return w.percent;
  const untilReset = w.resetsAt ? (w.resetsAt.getTime() - now.getTime()) / 36e5 : Infinity;
  return w.percent + rate * Math.max(0, Math.min(PRESSURE_HORIZON_HOURS, untilReset));
}
function comparePressure(a, b, now) {
  return STATE_RANK[a.state] - STATE_RANK[b.state] || Number(b.severity === "critical") - Number(a.severity === "critical") || pressureOf(b, now) - pressureOf(a, now) || b.percent - a.percent || (a.resetsAt?.getTime() ?? Infinity) - (b.resetsAt?.getTime() ?? Infinity) || a.label.localeCompare(b.label);
}
function viewWindow(w, accountId2, now, history = {}) {
  const state = stateOf(w.percent, w.resetsAt, now);
  const series = seriesOf(history, historyKey(accountId2, w.key));
  return {
    ...w,
    accountId: accountId2,
    severity: severityOf(w.percent),
    state,
    resetLine: formatResetLine(state, w.resetsAt, now),
    forecast: forecastWindow(series, { ...w, state }, now),
    history: series
  };
}
function buildView(accounts, now, history = {}) {
  const byPressure = (a, b) => comparePressure(a, b, now);
  const views = accounts.map((a) => ({
    ...a,
    windows: a.windows.map((w) => viewWindow(w, a.id, now, history)).sort(byPressure)
  }));
  const active = views.flatMap((a) => a.windows).filter((w) => w.state === "active");
  return { accounts: views, binding: active.sort(byPressure)[0] ?? null, now };
}
function accountTitle(a) {
  const org = a.orgName ?? (a.orgUuid ? `org ${a.orgUuid.slice(0, 8)}\u2026${a.orgUuid.slice(-4)}` : null);
  if (a.accountEmail && org) return `${a.accountEmail} \xB7 ${org}`;
  return a.accountEmail ?? org ?? "Claude account";
}

// src/core/summary.ts
var STALE_MARK = "\u231B";
function shownPercent(w, compact2 = false) {
  return w.state === "reset_pending" ? "\u21BB" : formatPercent(w.percent, compact2);
}

// src/core/status-line.ts
var DEFAULT_FORMAT = "{binding} {binding_reset} \xB7 {five_hour} {five_hour_reset} \xB7 {forecast} \xB7 {stale}";
var FIELDS = {
  binding: 'the window closest to its limit, "Fable 84%"',
  binding_percent: 'its percent, "84%"',
  binding_reset: 'its reset, "\u21BB 4d 18h"',
  five_hour: 'the 5-hour window, "5h 42%"',
  five_hour_percent: '"42%"',
  five_hour_reset: '"\u21BB 2h 10m"',
  seven_day: 'the 7-day window, "7d 78%"',
  seven_day_percent: '"78%"',
  seven_day_reset: '"\u21BB 4d 18h"',
  forecast: 'when a limit comes before its reset, "limit in ~1h"',
  stale: `"${STALE_MARK} 12 min ago" when the newest reading is older than the stale limit`,
  age: 'how old the newest reading is, "40 s ago"',
  account: "the account (email \xB7 org)",
  model: "the session's model, from Claude Code"
};
var FIELD = /\{([a-z_]+)\}/g;
var SEPARATOR = " \xB7 ";
var ANSI = /\u001b\[[0-9;]*m/g;
function unknownFields(template) {
  return [...template.matchAll(FIELD)].map((m) => m[1]).filter((name2) => !Object.hasOwn(FIELDS, name2));
}
function percentOf(w, paint) {
  return w ? paint(shownPercent(w, true), w.state === "active" ? w.severity : "dim") : "";
}
function resetOf(w, now, paint) {
  if (!w?.resetsAt || w.state !== "active") return "";
  return paint(`\u21BB ${formatSpan(differenceInSeconds(w.resetsAt, now))}`, "dim");
}
function forecastOf(account, binding2, ctx) {
  const { now } = ctx.view;
  const coming = (account?.windows ?? []).filter((w) => w.forecast.verdict === "hits_limit" && w.forecast.limitAt).sort((a, b) => a.forecast.limitAt.getTime() - b.forecast.limitAt.getTime())[0];
  if (!coming) return "";
  const who = coming === binding2 ? "" : `${coming.shortLabel} `;
  const when = coming.forecast.atLimit ? "at limit" : `limit in ~${formatSpan(differenceInSeconds(coming.forecast.limitAt, now))}`;
  return ctx.paint(`${who}${when}`, "critical");
}
function lineFields(ctx) {
  const { view, paint } = ctx;
  const binding2 = view.binding ?? view.accounts.flatMap((a) => a.windows)[0];
  const account = view.accounts.find((a) => a.id === binding2?.accountId) ?? view.accounts[0];
  const byKey = (key) => account?.windows.find((w) => w.key === key);
  const [fiveHour, sevenDay] = [byKey("five_hour"), byKey("seven_day")];
  const titled = (w) => w ? `${w.shortLabel} ${percentOf(w, paint)}` : "";
  const fetchedAt = account?.fetchedAt ?? null;
  const stale = isStale(fetchedAt, view.now, ctx.staleAfterMs);
  return {
    binding: titled(binding2),
    binding_percent: percentOf(binding2, paint),
    binding_reset: resetOf(binding2, view.now, paint),
    five_hour: titled(fiveHour),
    five_hour_percent: percentOf(fiveHour, paint),
    five_hour_reset: resetOf(fiveHour, view.now, paint),
    seven_day: titled(sevenDay),
    seven_day_percent: percentOf(sevenDay, paint),
    seven_day_reset: resetOf(sevenDay, view.now, paint),
    forecast: forecastOf(account, binding2, ctx),
    stale: stale && fetchedAt ? paint(`${STALE_MARK} ${formatAge(fetchedAt, view.now)}`, "warning") : "",
    age: fetchedAt ? formatAge(fetchedAt, view.now) : "",
    account: account ? accountTitle(account) : "",
    model: ctx.model ?? ""
  };
}
var visible = (text) => text.replace(ANSI, "").trim();
function renderTemplate(template, fields) {
  const filled = template.replace(
    FIELD,
    (match, name2) => Object.hasOwn(fields, name2) ? fields[name2] : match
  );
  const seen = /* @__PURE__ */ new Set();
  const parts = filled.split(SEPARATOR).filter((part) => {
    const key = visible(part);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return parts.map((part) => part.replace(/ {2,}/g, " ").trim()).join(SEPARATOR).replace(/[\r\n]+/g, " ");
}
function statusLine(template, ctx) {
  if (ctx.view.accounts.every((a) => a.windows.length === 0)) return null;
  return renderTemplate(template, lineFields(ctx));
}
function noDataLine(reason, paint) {
  return paint(`no data \u2014 ${reason}`, "dim");
}

// src/cli/statusline/args.ts
var fieldLines = Object.entries(FIELDS).map(([name2, what]) => `  {${name2}}`.padEnd(23) + what).join("\n");
var STATUSLINE_USAGE = `Usage: claude-plan-meter statusline [options]

Prints one line for Claude Code's status line from the last recorded readings; never waits on the
network. Reads Claude Code's JSON on stdin: its rate_limits are recorded as a fresh reading. When the
readings are older than a minute, one background refresh is started.

  --format TEMPLATE    what the line says (default "${DEFAULT_FORMAT}")
  --print-setting      print the "statusLine" entry for ~/.claude/settings.json
  --refresh            fetch from the live sources now, record, then print the line
${SOURCE_USAGE}
  --help               this text

Template fields (parts between " \xB7 " that come out empty are dropped):
${fieldLines}

NO_COLOR=1 turns colors off.`;
function parseStatuslineArgs(argv) {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...SOURCE_OPTIONS,
      format: { type: "string", default: DEFAULT_FORMAT },
      "print-setting": { type: "boolean", default: false },
      refresh: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  const unknown2 = unknownFields(values.format);
  if (unknown2.length > 0) {
    throw new UsageError(`--format: unknown field ${unknown2.map((f) => `{${f}}`).join(", ")} (see --help)`);
  }
  return {
    ...sourceOptions(values),
    format: values.format,
    printSetting: values["print-setting"],
    refresh: values.refresh,
    help: values.help
  };
}

// src/cli/statusline/refresh.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/sources/state-path.ts
var import_node_path = require("node:path");
var APP_DIR = "claude-plan-meter";
function homeDirectory(env = process.env) {
  return env.HOME || require("node:os").homedir();
}
function defaultStatePath(env = process.env, platform = process.platform) {
  if (env.XDG_STATE_HOME) return (0, import_node_path.join)(env.XDG_STATE_HOME, APP_DIR, "state.json");
  const home = homeDirectory(env);
  if (platform === "darwin") return (0, import_node_path.join)(home, "Library", "Application Support", APP_DIR, "state.json");
  return (0, import_node_path.join)(home, ".local", "state", APP_DIR, "state.json");
}

// src/cli/statusline/refresh.ts
var REFRESH_AFTER_MS = 6e4;
var LOCK_TTL_MS = 6e4;
var REFRESH_LOCK_FILE = "refresh.lock";
var refreshLockPath = () => (0, import_node_path2.join)((0, import_node_path2.dirname)(defaultStatePath()), REFRESH_LOCK_FILE);
function takeRefreshLock(path, now = Date.now()) {
  try {
    if (now - (0, import_node_fs2.statSync)(path).mtimeMs < LOCK_TTL_MS) return false;
    (0, import_node_fs2.rmSync)(path, { force: true });
  } catch {
  }
  try {
    (0, import_node_fs2.mkdirSync)((0, import_node_path2.dirname)(path), { recursive: true, mode: 448 });
    (0, import_node_fs2.writeFileSync)(path, String(process.pid), { flag: "wx", mode: 384 });
    return true;
  } catch {
    return false;
  }
}
var releaseRefreshLock = (path) => (0, import_node_fs2.rmSync)(path, { force: true });
function sourceFlags(options) {
  return [
    ...options.bridge ? ["--bridge", options.bridgeUrl] : ["--no-bridge"],
    ...options.oauth ? [] : ["--no-oauth"],
    ...options.keychain ? ["--keychain"] : []
  ];
}
async function startBackgroundRefresh(argv, options, lockPath) {
  if (!takeRefreshLock(lockPath)) return false;
  const invocation = process.argv.slice(1, process.argv.length - argv.length);
  try {
    const { spawn } = await Promise.resolve().then(() => __toESM(require("node:child_process")));
    const child = spawn(process.execPath, [...process.execArgv, ...invocation, "--refresh", ...sourceFlags(options)], {
      detached: true,
      stdio: "ignore"
    });
    child.on("error", () => releaseRefreshLock(lockPath));
    child.unref();
    return true;
  } catch {
    releaseRefreshLock(lockPath);
    return false;
  }
}

// src/cli/statusline/stdin.ts
var import_node_fs4 = require("node:fs");

// src/cli/statusline/pipe-handle.ts
var import_node_fs3 = require("node:fs");

// src/sources/node-binding.ts
function pendingDeprecation() {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return flags.includes("--pending-deprecation") || process.env.NODE_PENDING_DEPRECATION === "1";
}
var isObject2 = (value) => typeof value === "object" && value !== null;
function nodeBinding(name2) {
  if (pendingDeprecation()) return null;
  try {
    const { binding: binding2 } = process;
    const loaded = binding2(name2);
    return isObject2(loaded) ? loaded : null;
  } catch {
    return null;
  }
}

// src/cli/statusline/pipe-handle.ts
var CHUNK_BYTES = 64 * 1024;
function binding() {
  if (process.platform === "win32") return null;
  const pipe = nodeBinding("pipe_wrap");
  const stream = nodeBinding("stream_wrap");
  if (!pipe || !stream || !isObject2(pipe.constants)) return null;
  const { Pipe, constants } = pipe;
  const { streamBaseState: state, kReadBytesOrError: bytesOrError, kArrayBufferOffset: offset } = stream;
  if (typeof Pipe !== "function" || typeof constants.SOCKET !== "number" || !(state instanceof Int32Array)) return null;
  if (typeof bytesOrError !== "number" || typeof offset !== "number") return null;
  return { Pipe, socket: constants.SOCKET, state, bytesOrError, offset };
}
function pipeHandleReader(fd) {
  const b = binding();
  if (!b) return null;
  let handle;
  try {
    handle = new b.Pipe(b.socket);
    if ((handle.open(fd) ?? 0) !== 0) {
      handle.close();
      return null;
    }
  } catch {
    return null;
  }
  return (onChunk, onEnd) => {
    let open = true;
    const stop = () => {
      if (!open) return;
      open = false;
      handle.readStop();
      handle.close();
    };
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytes;
      try {
        bytes = (0, import_node_fs3.readSync)(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error2) {
        if (error2.code === "EAGAIN") break;
        onEnd();
        return stop;
      }
      if (bytes === 0) {
        onEnd();
        return stop;
      }
      if (!onChunk(chunk.subarray(0, bytes))) return stop;
    }
    handle.onread = (buffer) => {
      const bytes = b.state[b.bytesOrError];
      if (bytes > 0 && buffer) onChunk(Buffer.from(buffer, b.state[b.offset], bytes));
      else if (bytes < 0) onEnd();
    };
    if (handle.readStart() !== 0) onEnd();
    return stop;
  };
}

// src/cli/statusline/stdin.ts
var STDIN_MAX_BYTES = 256 * 1024;
var STDIN_TIMEOUT_MS = 250;
var streamReader = (stdin) => (onChunk, onEnd) => {
  const onData = (chunk) => void onChunk(chunk);
  stdin.on("data", onData);
  stdin.once("end", onEnd);
  stdin.once("error", onEnd);
  return () => {
    stdin.removeListener("data", onData);
    stdin.destroy();
  };
};
function readPipe(read, maxBytes, timeoutMs) {
  return new Promise((resolve2) => {
    const chunks = [];
    let size = 0;
    let done = false;
    let stop = null;
    let timer;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop?.();
      resolve2(Buffer.concat(chunks).toString("utf8"));
    };
    stop = read((chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) finish();
      return !done;
    }, finish);
    if (done) stop();
    else timer = setTimeout(finish, timeoutMs);
  });
}
function readFile(fd, maxBytes) {
  const buffer = Buffer.allocUnsafe(maxBytes);
  let size = 0;
  for (let bytes = -1; bytes !== 0 && size < maxBytes; size += bytes) {
    bytes = (0, import_node_fs4.readSync)(fd, buffer, size, maxBytes - size, null);
  }
  return buffer.subarray(0, size).toString("utf8");
}
async function readStdin({ maxBytes = STDIN_MAX_BYTES, timeoutMs = STDIN_TIMEOUT_MS } = {}) {
  try {
    const stat = (0, import_node_fs4.fstatSync)(0);
    if (stat.isCharacterDevice()) return "";
    if (stat.isFile()) return readFile(0, maxBytes);
  } catch {
    return "";
  }
  return readPipe(pipeHandleReader(0) ?? streamReader(process.stdin), maxBytes, timeoutMs);
}

// node_modules/date-fns/isDate.js
function isDate(value) {
  return value instanceof Date || typeof value === "object" && Object.prototype.toString.call(value) === "[object Date]";
}

// node_modules/date-fns/isValid.js
function isValid(date2) {
  return !(!isDate(date2) && typeof date2 !== "number" || isNaN(+toDate(date2)));
}

// node_modules/date-fns/parseISO.js
function parseISO(argument, options) {
  const invalidDate = () => constructFrom(options?.in, NaN);
  const additionalDigits = options?.additionalDigits ?? 2;
  const dateStrings = splitDateString(argument);
  let date2;
  if (dateStrings.date) {
    const parseYearResult = parseYear(dateStrings.date, additionalDigits);
    date2 = parseDate(parseYearResult.restDateString, parseYearResult.year);
  }
  if (!date2 || isNaN(+date2)) return invalidDate();
  const timestamp = +date2;
  let time3 = 0;
  let offset;
  if (dateStrings.time) {
    time3 = parseTime(dateStrings.time);
    if (isNaN(time3)) return invalidDate();
  }
  if (dateStrings.timezone) {
    offset = parseTimezone(dateStrings.timezone);
    if (isNaN(offset)) return invalidDate();
  } else {
    const tmpDate = new Date(timestamp + time3);
    const result = toDate(0, options?.in);
    result.setFullYear(
      tmpDate.getUTCFullYear(),
      tmpDate.getUTCMonth(),
      tmpDate.getUTCDate()
    );
    result.setHours(
      tmpDate.getUTCHours(),
      tmpDate.getUTCMinutes(),
      tmpDate.getUTCSeconds(),
      tmpDate.getUTCMilliseconds()
    );
    return result;
  }
  return toDate(timestamp + time3 + offset, options?.in);
}
var patterns = {
  dateTimeDelimiter: /[T ]/,
  timeZoneDelimiter: /[Z ]/i,
  timezone: /([Z+-].*)$/
};
var dateRegex = /^-?(?:(\d{3})|(\d{2})(?:-?(\d{2}))?|W(\d{2})(?:-?(\d{1}))?|)$/;
var timeRegex = /^(\d{2}(?:[.,]\d*)?)(?::?(\d{2}(?:[.,]\d*)?))?(?::?(\d{2}(?:[.,]\d*)?))?$/;
var timezoneRegex = /^([+-])(\d{2})(?::?(\d{2}))?$/;
function splitDateString(dateString) {
  const dateStrings = {};
  const array2 = dateString.split(patterns.dateTimeDelimiter);
  let timeString;
  if (array2.length > 2) {
    return dateStrings;
  }
  if (/:/.test(array2[0])) {
    timeString = array2[0];
  } else {
    dateStrings.date = array2[0];
    timeString = array2[1];
    if (patterns.timeZoneDelimiter.test(dateStrings.date)) {
      dateStrings.date = dateString.split(patterns.timeZoneDelimiter)[0];
      timeString = dateString.substr(
        dateStrings.date.length,
        dateString.length
      );
    }
  }
  if (timeString) {
    const token = patterns.timezone.exec(timeString);
    if (token) {
      dateStrings.time = timeString.replace(token[1], "");
      dateStrings.timezone = token[1];
    } else {
      dateStrings.time = timeString;
    }
  }
  return dateStrings;
}
function parseYear(dateString, additionalDigits) {
  const regex = new RegExp(
    "^(?:(\\d{4}|[+-]\\d{" + (4 + additionalDigits) + "})|(\\d{2}|[+-]\\d{" + (2 + additionalDigits) + "})$)"
  );
  const captures = dateString.match(regex);
  if (!captures) return { year: NaN, restDateString: "" };
  const year = captures[1] ? parseInt(captures[1]) : null;
  const century = captures[2] ? parseInt(captures[2]) : null;
  return {
    year: century === null ? year : century * 100,
    restDateString: dateString.slice((captures[1] || captures[2]).length)
  };
}
function parseDate(dateString, year) {
  if (year === null) return /* @__PURE__ */ new Date(NaN);
  const captures = dateString.match(dateRegex);
  if (!captures) return /* @__PURE__ */ new Date(NaN);
  const isWeekDate = !!captures[4];
  const dayOfYear = parseDateUnit(captures[1]);
  const month = parseDateUnit(captures[2]) - 1;
  const day = parseDateUnit(captures[3]);
  const week = parseDateUnit(captures[4]);
  const dayOfWeek = parseDateUnit(captures[5]) - 1;
  if (isWeekDate) {
    if (!validateWeekDate(year, week, dayOfWeek)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    return dayOfISOWeekYear(year, week, dayOfWeek);
  } else {
    const date2 = /* @__PURE__ */ new Date(0);
    if (!validateDate(year, month, day) || !validateDayOfYearDate(year, dayOfYear)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date2.setUTCFullYear(year, month, Math.max(dayOfYear, day));
    return date2;
  }
}
function parseDateUnit(value) {
  return value ? parseInt(value) : 1;
}
function parseTime(timeString) {
  const captures = timeString.match(timeRegex);
  if (!captures) return NaN;
  const hours = parseTimeUnit(captures[1]);
  const minutes = parseTimeUnit(captures[2]);
  const seconds = parseTimeUnit(captures[3]);
  if (!validateTime(hours, minutes, seconds)) {
    return NaN;
  }
  return hours * millisecondsInHour + minutes * millisecondsInMinute + seconds * 1e3;
}
function parseTimeUnit(value) {
  return value && parseFloat(value.replace(",", ".")) || 0;
}
function parseTimezone(timezoneString) {
  if (timezoneString === "Z") return 0;
  const captures = timezoneString.match(timezoneRegex);
  if (!captures) return 0;
  const sign = captures[1] === "+" ? -1 : 1;
  const hours = parseInt(captures[2]);
  const minutes = captures[3] && parseInt(captures[3]) || 0;
  if (!validateTimezone(hours, minutes)) {
    return NaN;
  }
  return sign * (hours * millisecondsInHour + minutes * millisecondsInMinute);
}
function dayOfISOWeekYear(isoWeekYear, week, day) {
  const date2 = /* @__PURE__ */ new Date(0);
  date2.setUTCFullYear(isoWeekYear, 0, 4);
  const fourthOfJanuaryDay = date2.getUTCDay() || 7;
  const diff = (week - 1) * 7 + day + 1 - fourthOfJanuaryDay;
  date2.setUTCDate(date2.getUTCDate() + diff);
  return date2;
}
var daysInMonths = [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYearIndex(year) {
  return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
}
function validateDate(year, month, date2) {
  return month >= 0 && month <= 11 && date2 >= 1 && date2 <= (daysInMonths[month] || (isLeapYearIndex(year) ? 29 : 28));
}
function validateDayOfYearDate(year, dayOfYear) {
  return dayOfYear >= 1 && dayOfYear <= (isLeapYearIndex(year) ? 366 : 365);
}
function validateWeekDate(_year, week, day) {
  return week >= 1 && week <= 53 && day >= 0 && day <= 6;
}
function validateTime(hours, minutes, seconds) {
  if (hours === 24) {
    return minutes === 0 && seconds === 0;
  }
  return seconds >= 0 && seconds < 60 && minutes >= 0 && minutes < 60 && hours >= 0 && hours < 25;
}
function validateTimezone(_hours, minutes) {
  return minutes >= 0 && minutes <= 59;
}

// src/core/usage-schema.ts
config(en_default());
var ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
var knownInstants = /* @__PURE__ */ new Set();
var MAX_KNOWN_INSTANTS = 64;
var MAX_KNOWN_INSTANT_LENGTH = 40;
function isIsoInstant(s) {
  if (knownInstants.has(s)) return true;
  if (!(ISO_WITH_OFFSET.test(s) && isValid(parseISO(s)) && Number.isFinite(Date.parse(s)))) return false;
  if (s.length <= MAX_KNOWN_INSTANT_LENGTH) {
    if (knownInstants.size >= MAX_KNOWN_INSTANTS) knownInstants.clear();
    knownInstants.add(s);
  }
  return true;
}
var isoInstant = _lazy(
  () => string2().check(refine(isIsoInstant, { message: "expected an ISO-8601 timestamp" }))
);
var percentPoints = number2().check(_gte(0, { message: "expected a percentage of at least 0" }));
var maybe = (schema) => optional(nullable(schema));
function buildSharedShapes() {
  return {
    maybeNumber: maybe(number2()),
    maybeString: maybe(string2()),
    maybeBoolean: maybe(boolean2()),
    nonEmpty: string2().check(_minLength(1))
  };
}
var shared = once(buildSharedShapes);
var MAX_NESTING = 64;
function nestedDeeperThan(value, limit) {
  const pending = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop();
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
var windowSchema = _lazy(
  () => object({
    utilization: percentPoints,
    resets_at: nullable(isoInstant)
  })
);
var extraUsageSchema = _lazy(() => {
  const { maybeNumber, maybeString } = shared();
  return object({
    is_enabled: boolean2(),
    monthly_limit: maybeNumber,
    used_credits: maybeNumber,
    utilization: maybe(percentPoints),
    currency: maybeString,
    disabled_reason: maybeString
  });
});
var moneySchema = _lazy(() => {
  const { nonEmpty } = shared();
  return object({
    amount_minor: number2(),
    currency: nonEmpty,
    exponent: int().check(_gte(0), _lte(6))
  });
});
var spendSchema = _lazy(() => {
  const { maybeString, maybeBoolean } = shared();
  return object({
    used: maybe(moneySchema),
    limit: maybe(moneySchema),
    percent: maybe(percentPoints),
    enabled: maybeBoolean,
    disabled_reason: maybeString
  });
});
var limitEntrySchema = _lazy(() => {
  const { maybeString, maybeBoolean, nonEmpty } = shared();
  return object({
    kind: nonEmpty,
    group: maybeString,
    percent: nullable(percentPoints),
    resets_at: maybe(isoInstant),
    scope: maybe(
      union([
        object({ model: object({ display_name: nonEmpty, id: maybeString }) }),
        object({ surface: object({ display_name: nonEmpty }) })
      ])
    ),
    // Informational only: inactive limits still count towards a 429, so it is never used as a filter.
    is_active: maybeBoolean
  });
});
var overageSchema = _lazy(() => {
  const { maybeNumber, maybeString, maybeBoolean } = shared();
  return object({
    is_enabled: boolean2(),
    monthly_credit_limit: maybeNumber,
    currency: maybeString,
    used_credits: maybeNumber,
    disabled_reason: maybeString,
    disabled_until: maybe(isoInstant),
    out_of_credits: maybeBoolean
  });
});
var subscriptionSchema = _lazy(() => {
  const { maybeString } = shared();
  return object({
    status: maybeString,
    next_charge_date: maybeString,
    billing_interval: maybeString,
    currency: maybeString
  });
});
function describeZodError(error2) {
  const issue2 = error2.issues[0];
  if (!issue2) return "invalid value";
  const path = issue2.path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`).join("");
  return path ? `${path}: ${issue2.message}` : issue2.message;
}
var claudeCodeRateWindowSchema = object({
  used_percentage: percentPoints,
  resets_at: maybe(number2().check(_gte(0), _lte(864e10)))
});
var claudeCodeModelSchema = object({ display_name: string2().check(_minLength(1), _maxLength(200)) });

// src/core/limits.ts
var KIND_TO_KEY = /* @__PURE__ */ new Map([
  ["session", "five_hour"],
  ["weekly_all", "seven_day"]
]);
function scopeName(scope) {
  if (!scope) return null;
  return printable("model" in scope ? scope.model.display_name : scope.surface.display_name);
}
function identify(entry) {
  const mapped = KIND_TO_KEY.get(entry.kind);
  if (mapped) return { key: mapped, ...windowLabels(mapped), known: true };
  const name2 = scopeName(entry.scope);
  const nameSlug = name2 ? slug(name2) : "";
  if (entry.kind === "weekly_scoped") {
    if (!name2 || !nameSlug) return null;
    const key2 = `seven_day_${nameSlug}`;
    const labels = isKnownWindow(key2) ? windowLabels(key2) : { label: `7-day ${name2}`, shortLabel: name2 };
    return { key: key2, ...labels, known: true };
  }
  const key = [slug(entry.kind), nameSlug].filter(Boolean).join("_");
  if (!key) return null;
  const base = windowLabels(slug(entry.kind));
  return name2 ? { key, label: `${base.label} ${name2}`, shortLabel: name2, known: false } : { key, ...base, known: false };
}
function parseLimits(raw) {
  const windows = [];
  const errors = [];
  if (raw === void 0 || raw === null) return { windows, errors };
  if (!Array.isArray(raw)) {
    errors.push({ window: "limits", message: "limits: expected an array" });
    return { windows, errors };
  }
  raw.forEach((item, index) => {
    const parsed = limitEntrySchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ window: `limits[${index}]`, message: describeZodError(parsed.error) });
      return;
    }
    const entry = parsed.data;
    if (entry.percent === null) return;
    const identity = identify(entry);
    if (!identity) {
      errors.push({ window: `limits[${index}]`, message: `${entry.kind}: scope has no usable name` });
      return;
    }
    const resetsAt = entry.resets_at ? new Date(entry.resets_at) : null;
    windows.push({ ...identity, percent: entry.percent, resetsAt });
  });
  return { windows, errors };
}
function fillFromLimits(legacy, limits) {
  if (limits.length === 0) return legacy;
  const byKey = new Map(legacy.map((w) => [w.key, w]));
  const fromLimits = /* @__PURE__ */ new Map();
  for (const limit of limits) {
    const existing = byKey.get(limit.key);
    if (existing) {
      if (existing.resetsAt === null && limit.resetsAt !== null)
        byKey.set(limit.key, { ...existing, resetsAt: limit.resetsAt });
      continue;
    }
    const seen = fromLimits.get(limit.key);
    if (!seen || limit.percent > seen.percent) fromLimits.set(limit.key, limit);
  }
  return [...byKey.values(), ...fromLimits.values()];
}

// src/core/usage.ts
var UsageShapeError = class extends Error {
};
var HOSTILE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeType(value) {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}
function looksLikeWindow(value) {
  return isPlainObject2(value) && ("utilization" in value || "resets_at" in value);
}
var mayBeWindow = (key) => !NON_WINDOW_KEYS.has(key) && !HOSTILE_KEYS.has(key);
function readingFrom(key, percent, resetsAt) {
  return { key, ...windowLabels(key), percent, resetsAt, known: isKnownWindow(key) };
}
function windowsFrom(parts) {
  const seen = /* @__PURE__ */ new Set();
  return parts.flatMap(({ key, percent, resetsAt }) => {
    if (!mayBeWindow(key) || seen.has(key)) return [];
    seen.add(key);
    return [readingFrom(key, percent, resetsAt)];
  });
}
function parseOptional(schema, key, value, errors) {
  if (value === null || value === void 0) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push({ window: key, message: describeZodError(result.error) });
  return null;
}
function parseCheckedWindows(raw) {
  const readings = [];
  const errors = [];
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!mayBeWindow(key) || value === null || value === void 0) continue;
    if (!isKnownWindow(key) && !looksLikeWindow(value)) continue;
    const wire = parseOptional(windowSchema, key, value, errors);
    if (wire)
      readings.push(readingFrom(key, wire.utilization, wire.resets_at === null ? null : new Date(wire.resets_at)));
  }
  const limits = parseLimits(raw.limits);
  errors.push(...limits.errors);
  return { windows: fillFromLimits(readings, limits.windows), errors };
}
function parseUsage(raw) {
  if (!isPlainObject2(raw)) {
    throw new UsageShapeError(`usage payload: expected an object, got ${describeType(raw)}`);
  }
  if (nestedDeeperThan(raw, MAX_NESTING)) {
    throw new UsageShapeError(`usage payload: nested deeper than ${MAX_NESTING} levels`);
  }
  const { windows, errors } = parseCheckedWindows(raw);
  const extra = parseOptional(extraUsageSchema, "extra_usage", raw.extra_usage, errors);
  const spend = parseOptional(spendSchema, "spend", raw.spend, errors);
  return { windows, errors, extraUsage: extraUsageFrom(extra, spend) };
}

// src/core/last-readings.ts
var LAST_READINGS_VERSION = 2;
var MAX_READINGS = 32;
var MAX_READING_AGE_MS = 7 * 24 * 60 * 6e4;
var REWRITE_UNCHANGED_MS = 6e4;
var MAX_WINDOWS = 64;
var SOURCES = ["bridge", "oauth", "file", "statusline"];
var name = nullable(string2().check(_maxLength(320)));
var epochMs = number2().check(_gte(-864e13), _lte(864e13));
var readingFields = {
  source: _enum(SOURCES),
  source_label: string2().check(_minLength(1), _maxLength(200)),
  org_uuid: name,
  org_name: name,
  account_email: name
};
var storedReading = object({
  ...readingFields,
  fetched_at: epochMs,
  windows: array(
    object({
      key: string2().check(_maxLength(200)),
      percent: number2().check(_nonnegative()),
      resets_at: nullable(epochMs)
    })
  ).check(_maxLength(MAX_WINDOWS))
});
var storedReadingV1 = _lazy(
  () => object({ ...readingFields, fetched_at: isoInstant, usage: record(string2(), unknown()) })
);
var fileSchema = object({
  version: literal([1, LAST_READINGS_VERSION]),
  readings: array(unknown()).check(_maxLength(1e3))
});
var printableOrNull = (text) => text === null ? null : printable(text);
var storedWindow = (w) => ({
  key: w.key,
  percent: w.percent,
  resets_at: w.resetsAt?.getTime() ?? null
});
function reviveV1(entry) {
  const parsed = storedReadingV1.safeParse(entry);
  if (!parsed.success) return null;
  let usage;
  try {
    usage = parseUsage(parsed.data.usage);
  } catch {
    return null;
  }
  return {
    ...parsed.data,
    fetched_at: Date.parse(parsed.data.fetched_at),
    windows: usage.windows.map(storedWindow)
  };
}
function revive(stored2) {
  const windows = stored2.windows.map((w) => ({
    key: w.key,
    percent: w.percent,
    resetsAt: w.resets_at === null ? null : new Date(w.resets_at)
  }));
  return {
    source: stored2.source,
    sourceLabel: printable(stored2.source_label),
    orgUuid: printableOrNull(stored2.org_uuid),
    orgName: printableOrNull(stored2.org_name),
    accountEmail: printableOrNull(stored2.account_email),
    fetchedAt: new Date(stored2.fetched_at),
    usage: { windows: windowsFrom(windows), errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: []
  };
}
function parseLastReadings(raw) {
  const file = fileSchema.safeParse(raw);
  if (!file.success) return [];
  const { version: version2, readings } = file.data;
  return readings.flatMap((entry) => {
    const parsed = version2 === LAST_READINGS_VERSION ? storedReading.safeParse(entry) : null;
    const stored2 = parsed ? parsed.success ? parsed.data : null : reviveV1(entry);
    return stored2 ? [revive(stored2)] : [];
  });
}
function stored(s) {
  return {
    source: s.source,
    source_label: s.sourceLabel,
    org_uuid: s.orgUuid,
    org_name: s.orgName,
    account_email: s.accountEmail,
    fetched_at: s.fetchedAt.getTime(),
    windows: s.usage.windows.map(storedWindow)
  };
}
function serializeLastReadings(readings) {
  return JSON.stringify({ version: LAST_READINGS_VERSION, readings: readings.filter((s) => s.fetchedAt).map(stored) });
}
function slot(s) {
  return `${s.source}|${s.sourceLabel}|${s.orgUuid ?? ""}|${s.accountEmail?.toLowerCase() ?? ""}`;
}
var attributed = (s) => s.orgUuid !== null || s.accountEmail !== null;
function recordReadings(recorded, fresh, now) {
  const newest = /* @__PURE__ */ new Map();
  for (const s of [...fresh, ...recorded]) {
    if (s.fetchedAt === null || differenceInMilliseconds(now, s.fetchedAt) > MAX_READING_AGE_MS) continue;
    const kept = newest.get(slot(s));
    if (!kept || kept.fetchedAt < s.fetchedAt) newest.set(slot(s), s);
  }
  const all = [...newest.values()];
  const newestAttributed = (source) => Math.max(...all.filter((s) => s.source === source && attributed(s)).map((s) => s.fetchedAt.getTime()));
  return all.filter((s) => attributed(s) || s.fetchedAt.getTime() > newestAttributed(s.source)).sort((a, b) => b.fetchedAt.getTime() - a.fetchedAt.getTime()).slice(0, MAX_READINGS);
}
var sameWindows = (a, b) => a.usage.windows.length === b.usage.windows.length && a.usage.windows.every((w, i) => {
  const v = b.usage.windows[i];
  return w.key === v.key && w.percent === v.percent && w.resetsAt?.getTime() === v.resetsAt?.getTime();
});
function changesRecord(recorded, fresh) {
  const kept = recorded.find((s) => slot(s) === slot(fresh));
  if (!kept?.fetchedAt || !fresh.fetchedAt) return true;
  return !sameWindows(kept, fresh) || differenceInMilliseconds(fresh.fetchedAt, kept.fetchedAt) >= REWRITE_UNCHANGED_MS;
}
function claudeCodeAccount(recorded) {
  const oauth = recorded.filter((s) => s.source === "oauth" && attributed(s)).sort((a, b) => (b.fetchedAt?.getTime() ?? 0) - (a.fetchedAt?.getTime() ?? 0))[0];
  return oauth ? { orgUuid: oauth.orgUuid, orgName: oauth.orgName, accountEmail: oauth.accountEmail } : null;
}
function newestFetched(recorded, sources) {
  const times = recorded.filter((s) => sources.includes(s.source) && s.fetchedAt).map((s) => s.fetchedAt.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

// src/core/status-input.ts
var STATUS_LINE_SOURCE_LABEL = "Claude Code status line";
var NO_STATUS_INPUT = { model: null, windows: null };
var isObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function windowsOf(rateLimits) {
  if (!isObject3(rateLimits)) return null;
  const windows = Object.entries(rateLimits).flatMap(([key, value]) => {
    const parsed = claudeCodeRateWindowSchema.safeParse(value);
    if (!parsed.success) return [];
    const { used_percentage: percent, resets_at: seconds } = parsed.data;
    return [{ key, percent, resetsAt: seconds == null ? null : new Date(seconds * 1e3) }];
  });
  return windows.length > 0 ? windows : null;
}
function parseStatusInput(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return NO_STATUS_INPUT;
  }
  if (!isObject3(raw) || nestedDeeperThan(raw, MAX_NESTING)) return NO_STATUS_INPUT;
  const model = claudeCodeModelSchema.safeParse(raw.model);
  return {
    model: model.success ? printable(model.data.display_name) : null,
    windows: windowsOf(raw.rate_limits)
  };
}
function statusInputSnapshot(windows, fetchedAt, account) {
  return {
    source: "statusline",
    sourceLabel: STATUS_LINE_SOURCE_LABEL,
    orgUuid: account?.orgUuid ?? null,
    orgName: account?.orgName ?? null,
    accountEmail: account?.accountEmail ?? null,
    fetchedAt,
    usage: { windows: windowsFrom(windows), errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: []
  };
}

// src/core/status-setting.ts
var CLI_BUNDLE_ASSET = "cli/claude-plan-meter.js";
function shellQuote(text) {
  return /^[\w/.,:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function statusLineSetting(nodePath, bundlePath2) {
  return {
    statusLine: {
      type: "command",
      command: `${shellQuote(nodePath)} ${shellQuote(bundlePath2)} statusline`,
      padding: 0
    }
  };
}
function statusLineSettingJson(nodePath, bundlePath2) {
  return JSON.stringify(statusLineSetting(nodePath, bundlePath2), null, 2);
}

// src/core/merge.ts
var DEFAULT_STALE_AFTER_MS = 10 * 60 * 1e3;
function accountId(s) {
  if (s.orgUuid) return `org:${s.orgUuid}`;
  if (s.accountEmail) return `email:${s.accountEmail.toLowerCase()}`;
  return `source:${s.sourceLabel}`;
}
var time2 = (d) => d?.getTime() ?? Number.NEGATIVE_INFINITY;
function mergeGroup(id, group, { now, staleAfterMs }) {
  const ordered = [...group].sort((a, b) => time2(b.fetchedAt) - time2(a.fetchedAt));
  const windows = /* @__PURE__ */ new Map();
  for (const s of ordered) {
    for (const w of s.usage.windows) {
      if (!windows.has(w.key)) windows.set(w.key, { ...w, sourceLabel: s.sourceLabel, fetchedAt: s.fetchedAt });
    }
  }
  const errors = /* @__PURE__ */ new Map();
  for (const s of ordered) {
    for (const e of s.usage.errors) {
      const replacement = windows.get(e.window);
      const replaced = replacement !== void 0 && time2(replacement.fetchedAt) >= time2(s.fetchedAt);
      if (!replaced && !errors.has(e.window)) errors.set(e.window, e);
    }
  }
  const freshest = ordered[0];
  const withExtra = ordered.find((s) => s.usage.extraUsage !== null || s.overage !== null);
  return {
    id,
    orgUuid: ordered.find((s) => s.orgUuid)?.orgUuid ?? null,
    orgName: ordered.find((s) => s.orgName)?.orgName ?? null,
    accountEmail: ordered.find((s) => s.accountEmail)?.accountEmail ?? null,
    fetchedAt: freshest.fetchedAt,
    stale: isStale(freshest.fetchedAt, now, staleAfterMs),
    sources: ordered.map((s) => ({
      source: s.source,
      sourceLabel: s.sourceLabel,
      fetchedAt: s.fetchedAt,
      status: s.errors.length > 0 ? "error" : isStale(s.fetchedAt, now, staleAfterMs) ? "stale" : "ok",
      errors: s.errors
    })),
    windows: [...windows.values()],
    errors: [...errors.values()],
    extraUsage: withExtra ? withOverage(withExtra.usage.extraUsage, withExtra.overage) : null,
    subscription: ordered.find((s) => s.subscription)?.subscription ?? null
  };
}
function accountIds(snapshots) {
  const orgsByEmail = /* @__PURE__ */ new Map();
  for (const s of snapshots) {
    if (!s.orgUuid || !s.accountEmail) continue;
    const email2 = s.accountEmail.toLowerCase();
    orgsByEmail.set(email2, (orgsByEmail.get(email2) ?? /* @__PURE__ */ new Set()).add(s.orgUuid));
  }
  return snapshots.map((s) => {
    const orgs = !s.orgUuid && s.accountEmail ? orgsByEmail.get(s.accountEmail.toLowerCase()) : void 0;
    return orgs?.size === 1 ? `org:${[...orgs][0]}` : accountId(s);
  });
}
function distrustFuture(s, now) {
  if (!s.fetchedAt || !isFromTheFuture(s.fetchedAt, now)) return s;
  return {
    ...s,
    fetchedAt: null,
    usage: { windows: [], errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: [...s.errors, `reading dated ${s.fetchedAt.toISOString()}, ahead of this computer's clock: not shown`]
  };
}
function mergeSnapshots(given, options) {
  const snapshots = given.map((s) => distrustFuture(s, options.clock ?? options.now));
  const groups = /* @__PURE__ */ new Map();
  const ids = accountIds(snapshots);
  snapshots.forEach((s, i) => groups.set(ids[i], [...groups.get(ids[i]) ?? [], s]));
  return [...groups.entries()].map(([id, group]) => mergeGroup(id, group, options));
}

// src/sources/store.ts
var import_node_fs6 = require("node:fs");

// src/sources/atomic-file.ts
var import_node_fs5 = require("node:fs");
var import_node_path3 = require("node:path");
function writeFileAtomically(path, data, dirMode) {
  (0, import_node_fs5.mkdirSync)((0, import_node_path3.dirname)(path), { recursive: true, mode: dirMode });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs5.writeFileSync)(temp, data, { mode: 384 });
    (0, import_node_fs5.renameSync)(temp, path);
  } catch (error2) {
    try {
      (0, import_node_fs5.rmSync)(temp, { force: true });
    } catch {
    }
    throw error2;
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
      const parsed = JSON.parse((0, import_node_fs6.readFileSync)(this.path, "utf8"));
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

// src/sources/last-readings.ts
var import_node_fs7 = require("node:fs");
var import_node_path4 = require("node:path");
var LAST_READINGS_FILE = "last-readings.json";
function lastReadingsPath(...args) {
  return (0, import_node_path4.join)((0, import_node_path4.dirname)(defaultStatePath(...args)), LAST_READINGS_FILE);
}
function readLastReadings(path) {
  let text;
  try {
    text = (0, import_node_fs7.readFileSync)(path, "utf8");
  } catch {
    return [];
  }
  try {
    return parseLastReadings(JSON.parse(text));
  } catch {
    return [];
  }
}
function recordLastReadings(path, fresh, now) {
  const readings = recordReadings(readLastReadings(path), fresh, now);
  writeFileAtomically(path, serializeLastReadings(readings), 448);
  return readings;
}
function tryRecordLastReadings(path, fresh, now) {
  try {
    recordLastReadings(path, fresh, now);
  } catch {
  }
}

// src/cli/statusline/line.ts
function shownSources(options) {
  return [
    "statusline",
    ...options.bridge ? ["bridge"] : [],
    ...options.oauth ? ["oauth"] : []
  ];
}
async function recordedReadings(input, options, argv) {
  const mayRefresh = !options.refresh;
  const path = lastReadingsPath();
  const clock = /* @__PURE__ */ new Date();
  let recorded = readLastReadings(path);
  if (input.windows) {
    const fresh = statusInputSnapshot(input.windows, options.now ?? clock, claudeCodeAccount(recorded));
    const changed = changesRecord(recorded, fresh);
    recorded = recordReadings(recorded, [fresh], options.now ?? clock);
    if (changed) tryRecordLastReadings(path, [fresh], options.now ?? clock);
  }
  const live = shownSources(options).filter((s) => s !== "statusline");
  const fetched = newestFetched(recorded, live);
  const due = mayRefresh && live.length > 0 && (fetched === null || clock.getTime() - fetched.getTime() > REFRESH_AFTER_MS);
  const refreshing = due && await startBackgroundRefresh(argv, options, refreshLockPath());
  const sources = shownSources(options);
  return {
    snapshots: recorded.filter((s) => sources.includes(s.source)),
    noData: live.length === 0 ? "no source enabled" : refreshing || due ? "fetching in the background" : "no readings yet"
  };
}
function render(readings, input, options, paint) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const clock = judgingClock(now, /* @__PURE__ */ new Date());
  const staleAfterMs = options.staleAfterMinutes * 6e4;
  const accounts = mergeSnapshots(readings.snapshots, { now, clock, staleAfterMs });
  const history = options.file ? {} : recordAccounts(loadHistory(new FileStore(defaultStatePath())), accounts, clock);
  const view = buildView(accounts, now, history);
  return statusLine(options.format, { view, paint, staleAfterMs, model: input.model }) ?? noDataLine(readings.noData, paint);
}
function bundlePath() {
  const script = (0, import_node_path5.resolve)(process.argv[1] ?? ".");
  return script.endsWith(".js") ? script : (0, import_node_path5.resolve)(__dirname, "../../../assets", CLI_BUNDLE_ASSET);
}
async function run(argv, live) {
  const options = parseStatuslineArgs(argv);
  if (options.help) return STATUSLINE_USAGE;
  if (options.printSetting) return statusLineSettingJson(process.execPath, bundlePath());
  const paint = noColor() ? plain : ansi;
  if (options.file || options.refresh) {
    if (!live) throw new Error("--file and --refresh run through claude-plan-meter.js, not the status line's bundle");
    if (options.refresh) await live.refreshNow(options);
    if (options.file) {
      return render(await live.fileReadings(options.file), { model: null, windows: null }, options, paint);
    }
  }
  const input = parseStatusInput(await readStdin());
  return render(await recordedReadings(input, options, argv), input, options, paint);
}
var statuslineWith = (live) => async function statuslineCommand(argv) {
  let line;
  try {
    line = await run(argv, live);
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    line = `claude-plan-meter: ${error2 instanceof UsageError ? message : message.split("\n")[0]}`;
  }
  writeOut(`${line}
`);
  return 0;
};

// src/cli/statusline/main.ts
runAlone("statusline", statuslineWith(null));
