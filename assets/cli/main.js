// Built from src/cli by `npm run build:cli`: edit the sources, not this file.
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
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

// src/core/errors.ts
var InputError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    InputError = class extends Error {
    };
  }
});

// src/cli/args.ts
function usage(commands = []) {
  const more = commands.map((c) => `
       claude-plan-meter ${c} [options]     (see claude-plan-meter ${c} --help)`);
  return `Usage: claude-plan-meter [options]     (in a clone: npm start -- [options])${more.join("")}

  --json               print one JSON document instead of the table
${SOURCE_USAGE}
  --no-alerts          do not print threshold and pace alerts (on stderr, once per reset cycle)
  --logs DIRS          Claude config dirs (comma-separated) whose Claude Code logs to show under the
                       windows; live runs read $CLAUDE_CONFIG_DIR or ~/.claude and ~/.config/claude,
                       --file reads logs only with --logs
  --no-logs            do not read Claude Code's local logs
  --help               this text

Exit status:
  0   usage data shown
  1   bad input (an unreadable or invalid --file) or an unexpected error
  2   no usage data from any source (what to do is on stderr)
  64  a bad option`;
}
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
function parseCliArgs(argv) {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...SOURCE_OPTIONS,
      json: { type: "boolean", default: false },
      "no-alerts": { type: "boolean", default: false },
      logs: { type: "string" },
      "no-logs": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  return {
    json: values.json,
    ...sourceOptions(values),
    alerts: !values["no-alerts"],
    logs: values.logs ?? null,
    localLogs: !values["no-logs"],
    help: values.help
  };
}
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
var import_node_util, DEFAULT_BRIDGE_URL, SOURCE_USAGE, UsageError, SOURCE_OPTIONS;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    import_node_util = require("node:util");
    DEFAULT_BRIDGE_URL = "http://127.0.0.1:63762";
    SOURCE_USAGE = `  --file PATH          read a usage payload or bridge snapshot array (no live sources)
  --bridge URL         bridge to read (default ${DEFAULT_BRIDGE_URL})
  --no-bridge          skip the bridge
  --no-oauth           skip Claude Code's OAuth token
  --keychain           also read Claude Code's token from the macOS Keychain (asks macOS)
  --now ISO            evaluate every time-dependent value as of this instant
  --stale-after MIN    minutes after which data is stale (default 10)`;
    UsageError = class extends Error {
    };
    SOURCE_OPTIONS = {
      file: { type: "string" },
      bridge: { type: "string" },
      "no-bridge": { type: "boolean", default: false },
      "no-oauth": { type: "boolean", default: false },
      keychain: { type: "boolean", default: false },
      now: { type: "string" },
      "stale-after": { type: "string", default: "10" }
    };
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries2) {
  const numericValues = Object.values(entries2).filter((v) => typeof v === "number");
  const values = Object.entries(entries2).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array3, separator = "|") {
  return array3.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
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
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
function defineLazy(object3, key, getter) {
  let value = void 0;
  Object.defineProperty(object3, key, {
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
      Object.defineProperty(object3, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
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
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
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
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
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
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
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
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message2) {
  return typeof message2 === "string" ? message2 : message2?.message;
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
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message2 = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message2;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
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
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
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
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
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
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_core();
    Cached = class {
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
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless) {
        return false;
      }
      if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
      }
      try {
        const F = Function;
        new F("");
        return true;
      } catch (_) {
        return false;
      }
    });
    getParsedType = (data) => {
      const t = typeof data;
      switch (t) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          if (Array.isArray(data)) {
            return "array";
          }
          if (data === null) {
            return "null";
          }
          if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
            return "promise";
          }
          if (typeof Map !== "undefined" && data instanceof Map) {
            return "map";
          }
          if (typeof Set !== "undefined" && data instanceof Set) {
            return "set";
          }
          if (typeof Date !== "undefined" && data instanceof Date) {
            return "date";
          }
          if (typeof File !== "undefined" && data instanceof File) {
            return "file";
          }
          return "object";
        default:
          throw new Error(`Unknown data type: ${t}`);
      }
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
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
function $constructor(name2, initializer3, proto, params) {
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
    initializer3(inst, def);
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
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name2) {
        super(`Encountered unidirectional transform during encode: ${name2}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
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
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
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
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors2();
    init_util();
    _parse = (_Err) => {
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
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
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
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
    COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
    COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
    validate = ((schema, value, _ctx) => {
      const validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return true;
        if (validator.definite === true && _ctx === void 0)
          return false;
      }
      return validateFallback(schema, value, _ctx);
    });
    validateAsync = async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length === 0;
    };
    _encode = (_Err) => {
      const parse3 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse3(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decode = (_Err) => {
      const parse3 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        return parse3(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _encodeAsync = (_Err) => {
      const parseAsync3 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync3(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decodeAsync = (_Err) => {
      const parseAsync3 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync3(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _safeEncode = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema, value, ctx);
    };
    _safeDecode = (_Err) => (schema, value, _ctx) => {
      return _safeParse(_Err)(schema, value, _ctx);
    };
    _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema, value, ctx);
    };
    _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
      return _safeParseAsync(_Err)(schema, value, _ctx);
    };
  }
});

// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source) {
  return new RegExp(`^${source}$`);
}
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex2 = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex2})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number, boolean, lowercase, uppercase;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    cuid = /^[cC][0-9a-z]{6,}$/;
    cuid2 = /^[0-9a-z]+$/;
    ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
    xid = /^[0-9a-vA-V]{20}$/;
    ksuid = /^[A-Za-z0-9]{27}$/;
    nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
    uuid = (version2) => {
      if (!version2)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
    email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
    _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
    ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
    cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
    cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    httpProtocol = /^https?$/;
    e164 = /^\+[1-9]\d{6,14}$/;
    dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/;
    integer = /^-?\d+$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
    lowercase = /^[^A-Z]*$/;
    uppercase = /^[^a-z]*$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
    $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero \u{2014} the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
          return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
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
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
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
    $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = escapeRegex(def.includes);
      const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg === "function") {
          arg(this, { execution: "sync" });
          arg(this, { execution: "async" });
          return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
          this.content.push(line);
        }
      }
      compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
        return factory(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
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
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed2, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed2) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed2, def);
}
function parseURLObject(trimmed2, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed2)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed2) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed2);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
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
    return parse3(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
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
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect2 = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect2(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect2(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
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
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodLazy, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
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
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
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
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
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
    $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    });
    $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email);
      $ZodStringFormat.init(inst, def);
    });
    URL_BAD_FORMAT = 1;
    URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        try {
          const trimmed2 = payload.value.trim();
          const url = validateURL(trimmed2, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed2);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          if (def.protocol && !urlProtocolOk(url, def.protocol)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid protocol",
              pattern: def.protocol.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed2);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji());
      $ZodStringFormat.init(inst, def);
    });
    $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2);
      $ZodStringFormat.init(inst, def);
    });
    $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4);
      $ZodStringFormat.init(inst, def);
    });
    ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "ipv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "cidrv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164);
      $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
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
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
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
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
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
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
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
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
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
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
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
    $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = cached(() => normalizeDef(def));
      const memo2 = globalConfig.memoizer;
      const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = /* @__PURE__ */ Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
          ids[key] = `key_${counter++}`;
        }
        doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
          const isPresent = `${k} in input`;
          const schema = shape[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else if (!isOptionalIn) {
            doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
          } else {
            doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
            if (optin === "defaulted") {
              doc.write(`newResult[${k}] = ${id}.value;`);
            } else {
              doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
            }
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        return doc.compile();
      };
      let fastpass;
      const isObject4 = isObject;
      const jit = !globalConfig.jitless;
      const allowsEval2 = allowsEval;
      const fastEnabled = jit && allowsEval2.value;
      const catchall = def.catchall;
      let value;
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
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          if (!fastpass)
            fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall)
            return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
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
    $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
          return Promise.all([left, right]).then(([left2, right2]) => {
            return handleIntersectionResults(payload, left2, right2);
          });
        }
        return handleIntersectionResults(payload, left, right);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
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
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
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
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
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
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
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
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
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
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
    $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
      inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
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
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleNonOptionalResult(result2, inst));
        }
        return handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
      };
    });
    $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
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
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
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
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve3) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer2 = isRecursive(child, stack, resolve3);
      if (answer2 > result)
        result = answer2;
    }
  };
  const shape = (sh, spread) => {
    let answer2 = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve3) : NONE;
      if (child > answer2)
        answer2 = child;
    }
    return answer2;
  };
  const merge2 = (answer2) => {
    if (answer2 > result)
      result = answer2;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve3 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer2) {
  if (answer2 !== ASSUMED)
    recursive.set(inst, answer2 === PROVEN);
  return answer2;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open, memo;
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
      }
    };
    STATE = "~memo";
    NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap();
    NONE = 0;
    ASSUMED = 1;
    PROVEN = 2;
    open = [];
    memo = {
      alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        const entry2 = { value: empty, issues: null };
        bucket.set(payload.value, entry2);
        open.push(entry2);
        return empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst;
        let rechecked = false;
        let lastCtx;
        let lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
              if (walked === NONE) {
                inst._zod.parse = base;
                if (inst._zod.run === wrapped)
                  inst._zod.run = base;
                return base(payload, ctx);
              }
              if (walked === PROVEN || rechecked)
                isRecursiveInst = true;
              else
                rechecked = true;
            }
            const input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            if (!state) {
              state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
              ctx[STATE] = state;
            }
            let bucket;
            if (lastCtx === ctx) {
              bucket = lastBucket;
            } else {
              bucket = bucketFor(state, inst);
              lastCtx = ctx;
              lastBucket = bucket;
            }
            const hit = bucket.get(input);
            if (hit) {
              payload.value = hit.value;
              if (hit.issues) {
                if (hit.issues.length)
                  payload.issues.push(...cloneIssues(hit.issues));
              } else {
                payload.memo = true;
                state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
                state.backEdges.add(hit.value);
              }
              return payload;
            }
            handoff = bucket;
            const depth = open.length;
            const result = base(payload, ctx);
            handoff = void 0;
            const entry2 = open.length > depth ? open.pop() : void 0;
            if (result instanceof Promise) {
              return result.then((r) => {
                if (entry2)
                  entry2.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                return r;
              });
            }
            if (entry2)
              entry2.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
            return result;
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
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
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
    init_en();
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
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
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
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
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
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
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message2) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message: message2 }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message2);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry2 of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry2[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry2[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry2[0]);
    }
  }
  const makeURI = (entry2) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry2[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry2[1].defId ?? entry2[1].schema.id ?? `schema${ctx.counter++}`;
      entry2[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry2[1] === root && !entry2[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry2[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry2) => {
    if (entry2[1].schema.$ref) {
      return;
    }
    const seen = entry2[1];
    const { ref, defId } = makeURI(entry2);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry2 of ctx.seen.entries()) {
      const seen = entry2[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry2 of ctx.seen.entries()) {
    const seen = entry2[1];
    if (schema === entry2[0]) {
      extractToDef(entry2);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry2[0])?.id;
      if (schema !== entry2[0] && ext) {
        extractToDef(entry2);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry2[0])?.id;
    if (id) {
      extractToDef(entry2);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry2);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry2);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types2 = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types2.includes(member))
        types2.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types2.length === 1 ? types2[0] : types2;
}
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object3 of objects) {
    for (const key in object3.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object3.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object3) => object3.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object3 of objects) {
      const constraint = undeclaredConstraint(object3);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry2 of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry2[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry2 of ctx.seen.entries()) {
        compactTypeUnion(entry2[1].def ?? entry2[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry2 of ctx.seen.entries()) {
      const seen = entry2[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
    UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
      const ctx = initializeContext({ ...params, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
    createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      const { libraryOptions, target } = params ?? {};
      const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types2 = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types2.includes("string") && types2.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format: format2, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types2.includes("number") ? number : integer).source;
  return rest;
}
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry2 of ctx.seen.values()) {
    if (entry2.def && !bySchema.has(entry2.schema))
      bySchema.set(entry2.schema, entry2);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record3 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record3);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry2 of ctx.seen.values()) {
    for (const carrier of [entry2.schema, entry2.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, neverProcessor, unknownProcessor, enumProcessor, literalProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key])
        agg[key] = value;
    };
    narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key])
        agg[key] = value;
    };
    narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
    };
    addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
      agg.patterns.add(pattern);
    };
    intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    };
    setFormat = (agg, format2) => {
      agg.format = format2;
      if (format2.includes("int"))
        agg.isInt = true;
    };
    minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
          addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
          agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
          agg.laxFormat = true;
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    };
    exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]);
    exactPattern = (p) => exactPatterns.get(p) ?? p;
    stringProcessor = (schema, ctx, _json, _params) => {
      const json = _json;
      json.type = "string";
      const { minimum, maximum, format: format2, patterns: patterns2, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minLength = minimum;
      if (typeof maximum === "number")
        json.maxLength = maximum;
      if (format2) {
        json.format = formatMap[format2] ?? format2;
        if (json.format === "")
          delete json.format;
        if (format2 === "time" || laxFormat) {
          delete json.format;
        }
      }
      if (contentEncoding)
        json.contentEncoding = contentEncoding;
      if (patterns2 && patterns2.size > 0) {
        const patternList = [...patterns2].map(exactPattern);
        if (patternList.length === 1)
          json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
          json.allOf = [
            ...patternList.map((regex) => ({
              ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
              pattern: regex.source
            }))
          ];
        }
      }
    };
    numberProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
      const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
      const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin) {
        if (legacy) {
          json.minimum = exclusiveMinimum;
          json.exclusiveMinimum = true;
        } else {
          json.exclusiveMinimum = exclusiveMinimum;
        }
      } else if (typeof minimum === "number") {
        json.minimum = minimum;
      }
      if (exMax) {
        if (legacy) {
          json.maximum = exclusiveMaximum;
          json.exclusiveMaximum = true;
        } else {
          json.exclusiveMaximum = exclusiveMaximum;
        }
      } else if (typeof maximum === "number") {
        json.maximum = maximum;
      }
      if (multipleOf) {
        const divisors = /* @__PURE__ */ new Set();
        for (const divisor of multipleOf) {
          if (Number.isFinite(divisor) && divisor !== 0)
            divisors.add(Math.abs(divisor));
          else
            handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        const [first, ...rest] = divisors;
        if (first !== void 0)
          json.multipleOf = first;
        if (rest.length)
          json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
      }
    };
    neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    };
    unknownProcessor = (_schema, _ctx, _json, _params) => {
    };
    enumProcessor = (schema, _ctx, json, _params) => {
      const def = schema._zod.def;
      const values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      if (values.every((v) => typeof v === "number"))
        json.type = "number";
      if (values.every((v) => typeof v === "string"))
        json.type = "string";
      json.enum = values;
    };
    literalProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      if (def.values.length === 0) {
        json.not = {};
        return;
      }
      const vals = [];
      for (const val of def.values) {
        if (val === void 0) {
          if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val === "bigint") {
          if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else {
          vals.push(val);
        }
      }
      if (vals.length === 0) {
      } else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
          json.enum = [val];
        } else {
          json.const = val;
        }
      } else {
        if (vals.every((v) => typeof v === "number"))
          json.type = "number";
        if (vals.every((v) => typeof v === "string"))
          json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
          json.type = "boolean";
        if (vals.every((v) => v === null))
          json.type = "null";
        json.enum = vals;
      }
    };
    customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    };
    transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    };
    arrayProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const { minimum, maximum } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minItems = minimum;
      if (typeof maximum === "number")
        json.maxItems = maximum;
      json.type = "array";
      json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const shape = def.shape;
      const symbolKeys = Object.getOwnPropertySymbols(shape);
      if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
      }
      json.type = "object";
      json.properties = {};
      for (const key in shape) {
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      }
      const requiredKeys = [];
      for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
          requiredKeys.push(key);
        }
      }
      if (requiredKeys.length > 0) {
        json.required = requiredKeys;
      }
      if (def.catchall?._zod.def.type === "never") {
        json.additionalProperties = false;
      } else if (!def.catchall) {
        if (ctx.io === "output")
          json.additionalProperties = false;
      } else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
    };
    unionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const isExclusive = def.inclusive === false;
      const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      if (isExclusive) {
        json.oneOf = options;
      } else {
        json.anyOf = options;
      }
    };
    intersectionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      });
      const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      });
      const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
      const allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf;
      ctx.intersections.push(allOf);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      json.type = "object";
      const keyType = def.keyType;
      const patterns2 = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns2 && patterns2.size > 0) {
        const valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (const pattern of patterns2) {
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          if (!pending) {
            pending = [];
            pendingRecords.set(ctx, pending);
            ctx.deferred.push(() => rewriteKeyNames(ctx));
          }
          pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      const keyValues = keyType._zod.values;
      const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
          json.required = validKeyValues.map(String);
        }
      }
    };
    nullableProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const inner = processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
      } else {
        json.anyOf = [inner, { type: "null" }];
      }
    };
    nonoptionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
    };
    prefaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      if (ctx.io !== "input")
        return;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
    };
    catchProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    };
    pipeProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = innerType;
    };
    readonlyProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      json.readOnly = true;
    };
    optionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var _installedErrorProtos, initializer2, ZodRealError;
var init_errors3 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues);
      inst.name = "ZodError";
      const proto = Object.getPrototypeOf(inst);
      if (_installedErrorProtos.has(proto))
        return;
      _installedErrorProtos.add(proto);
      _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
      _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
      _lazyMethod(proto, "addIssue", (self) => (issue2) => {
        self.issues.push(issue2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      _lazyMethod(proto, "addIssues", (self) => (issues2) => {
        self.issues.push(...issues2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
          return this.issues.length === 0;
        }
      });
    };
    ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse2, parseAsync2, safeParse2, safeParseAsync2, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse2 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_core2();
    init_errors3();
    init_core2();
    parse2 = /* @__PURE__ */ _parse(ZodRealError);
    parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError);
    safeParse2 = /* @__PURE__ */ _safeParse(ZodRealError);
    safeParseAsync2 = /* @__PURE__ */ _safeParseAsync(ZodRealError);
    encode = /* @__PURE__ */ _encode(ZodRealError);
    decode = /* @__PURE__ */ _decode(ZodRealError);
    encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
    decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
    safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
    safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
    safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
    safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function _enum(values, params) {
  const entries2 = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries: entries2,
    ...util_exports.normalizeParams(params)
  });
}
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks2();
    init_parse2();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
      _ensureDefaultLocale();
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
      return inst;
    }, {
      check(...chks) {
        const def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: true });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse2(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync2(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse2(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync2(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    });
    _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    );
    ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      _ZodString.init(inst, def);
    });
    ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
        inst.isFinite = true;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          const { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          const { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          const { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodNumber.init(inst, def);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodArray.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
      inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodObjectJIT.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
      util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodRecord.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
      inst.enum = def.entries;
      inst.options = [...inst._zod.values];
      const keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
          if (keys.has(value)) {
            newEntries[value] = def.entries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
      inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
          if (keys.has(value)) {
            delete newEntries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
      inst.values = new Set(def.values);
      Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1) {
            throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          }
          return def.values[0];
        }
      });
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTransform.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
      inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue2) => {
          if (typeof issue2 === "string") {
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          } else {
            const _issue = issue2;
            if (_issue.fatal)
              _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue))
              _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = inst);
            payload.issues.push(util_exports.issue(_issue));
          }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        payload.value = output;
        return payload;
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
      inst.in = def.in;
      inst.out = def.out;
    });
    ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind;
var init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    /* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
    })(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
  }
});

// node_modules/zod/v4/classic/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
  }
});

// node_modules/zod/v4/classic/external.js
var init_external = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_core2();
    init_schemas2();
    init_checks2();
    init_errors3();
    init_parse2();
    init_compat();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_external();
  }
});

// node_modules/date-fns/isDate.js
function isDate(value) {
  return value instanceof Date || typeof value === "object" && Object.prototype.toString.call(value) === "[object Date]";
}
var init_isDate = __esm({
  "node_modules/date-fns/isDate.js"() {
  }
});

// node_modules/date-fns/constants.js
var daysInYear, maxTime, minTime, millisecondsInWeek, millisecondsInDay, millisecondsInMinute, millisecondsInHour, secondsInHour, secondsInDay, secondsInWeek, secondsInYear, secondsInMonth, secondsInQuarter, constructFromSymbol;
var init_constants = __esm({
  "node_modules/date-fns/constants.js"() {
    daysInYear = 365.2425;
    maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
    minTime = -maxTime;
    millisecondsInWeek = 6048e5;
    millisecondsInDay = 864e5;
    millisecondsInMinute = 6e4;
    millisecondsInHour = 36e5;
    secondsInHour = 3600;
    secondsInDay = secondsInHour * 24;
    secondsInWeek = secondsInDay * 7;
    secondsInYear = secondsInDay * daysInYear;
    secondsInMonth = secondsInYear / 12;
    secondsInQuarter = secondsInMonth * 3;
    constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");
  }
});

// node_modules/date-fns/constructFrom.js
function constructFrom(date2, value) {
  if (typeof date2 === "function") return date2(value);
  if (date2 && typeof date2 === "object" && constructFromSymbol in date2)
    return date2[constructFromSymbol](value);
  if (date2 instanceof Date) return new date2.constructor(value);
  return new Date(value);
}
var init_constructFrom = __esm({
  "node_modules/date-fns/constructFrom.js"() {
    init_constants();
  }
});

// node_modules/date-fns/toDate.js
function toDate(argument, context) {
  return constructFrom(context || argument, argument);
}
var init_toDate = __esm({
  "node_modules/date-fns/toDate.js"() {
    init_constructFrom();
  }
});

// node_modules/date-fns/isValid.js
function isValid(date2) {
  return !(!isDate(date2) && typeof date2 !== "number" || isNaN(+toDate(date2)));
}
var init_isValid = __esm({
  "node_modules/date-fns/isValid.js"() {
    init_isDate();
    init_toDate();
  }
});

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
function splitDateString(dateString) {
  const dateStrings = {};
  const array3 = dateString.split(patterns.dateTimeDelimiter);
  let timeString;
  if (array3.length > 2) {
    return dateStrings;
  }
  if (/:/.test(array3[0])) {
    timeString = array3[0];
  } else {
    dateStrings.date = array3[0];
    timeString = array3[1];
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
var patterns, dateRegex, timeRegex, timezoneRegex, daysInMonths;
var init_parseISO = __esm({
  "node_modules/date-fns/parseISO.js"() {
    init_constants();
    init_constructFrom();
    init_toDate();
    patterns = {
      dateTimeDelimiter: /[T ]/,
      timeZoneDelimiter: /[Z ]/i,
      timezone: /([Z+-].*)$/
    };
    dateRegex = /^-?(?:(\d{3})|(\d{2})(?:-?(\d{2}))?|W(\d{2})(?:-?(\d{1}))?|)$/;
    timeRegex = /^(\d{2}(?:[.,]\d*)?)(?::?(\d{2}(?:[.,]\d*)?))?(?::?(\d{2}(?:[.,]\d*)?))?$/;
    timezoneRegex = /^([+-])(\d{2})(?::?(\d{2}))?$/;
    daysInMonths = [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  }
});

// node_modules/zod/locales/index.js
var init_locales2 = __esm({
  "node_modules/zod/locales/index.js"() {
    init_locales();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse3 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string3(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number3(params) {
  return _number(ZodMiniNumber, params);
}
function int2(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function unknown2() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function array2(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function object2(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function union2(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record2(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string3(),
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
// @__NO_SIDE_EFFECTS__
function _enum2(values, params) {
  const entries2 = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries: entries2,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal2(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional2(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable2(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish2(innerType) {
  return /* @__PURE__ */ optional2(/* @__PURE__ */ nullable2(innerType));
}
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
  return _custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// @__NO_SIDE_EFFECTS__
function refine2(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniUnknown, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniOptional, ZodMiniNullable, ZodMiniLazy, ZodMiniCustom;
var init_schemas3 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse3();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
      $ZodLazy.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks3 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso2 = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce2 = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external2 = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse3();
    init_schemas3();
    init_checks3();
    init_core2();
    init_locales();
    init_iso2();
    init_coerce2();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external2();
  }
});

// src/core/once.ts
function once(build) {
  let value;
  return () => (value ??= { built: build() }).built;
}
var init_once = __esm({
  "src/core/once.ts"() {
    "use strict";
  }
});

// src/core/usage-schema.ts
function isIsoInstant(s) {
  if (knownInstants.has(s)) return true;
  if (!(ISO_WITH_OFFSET.test(s) && isValid(parseISO(s)) && Number.isFinite(Date.parse(s)))) return false;
  if (s.length <= MAX_KNOWN_INSTANT_LENGTH) {
    if (knownInstants.size >= MAX_KNOWN_INSTANTS) knownInstants.clear();
    knownInstants.add(s);
  }
  return true;
}
function buildSharedShapes() {
  return {
    maybeNumber: maybe(number3()),
    maybeString: maybe(string3()),
    maybeBoolean: maybe(boolean2()),
    nonEmpty: string3().check(_minLength(1))
  };
}
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
function describeZodError(error2) {
  const issue2 = error2.issues[0];
  if (!issue2) return "invalid value";
  const path = issue2.path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`).join("");
  return path ? `${path}: ${issue2.message}` : issue2.message;
}
var ISO_WITH_OFFSET, knownInstants, MAX_KNOWN_INSTANTS, MAX_KNOWN_INSTANT_LENGTH, isoInstant, percentPoints, maybe, shared, MAX_NESTING, windowSchema, extraUsageSchema, moneySchema, spendSchema, limitEntrySchema, overageSchema, subscriptionSchema, claudeCodeRateWindowSchema, claudeCodeModelSchema;
var init_usage_schema = __esm({
  "src/core/usage-schema.ts"() {
    "use strict";
    init_isValid();
    init_parseISO();
    init_locales2();
    init_mini();
    init_once();
    config(en_default());
    ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
    knownInstants = /* @__PURE__ */ new Set();
    MAX_KNOWN_INSTANTS = 64;
    MAX_KNOWN_INSTANT_LENGTH = 40;
    isoInstant = _lazy(
      () => string3().check(refine2(isIsoInstant, { message: "expected an ISO-8601 timestamp" }))
    );
    percentPoints = number3().check(_gte(0, { message: "expected a percentage of at least 0" }));
    maybe = (schema) => optional2(nullable2(schema));
    shared = once(buildSharedShapes);
    MAX_NESTING = 64;
    windowSchema = _lazy(
      () => object2({
        utilization: percentPoints,
        resets_at: nullable2(isoInstant)
      })
    );
    extraUsageSchema = _lazy(() => {
      const { maybeNumber, maybeString } = shared();
      return object2({
        is_enabled: boolean2(),
        monthly_limit: maybeNumber,
        used_credits: maybeNumber,
        utilization: maybe(percentPoints),
        currency: maybeString,
        disabled_reason: maybeString
      });
    });
    moneySchema = _lazy(() => {
      const { nonEmpty } = shared();
      return object2({
        amount_minor: number3(),
        currency: nonEmpty,
        exponent: int2().check(_gte(0), _lte(6))
      });
    });
    spendSchema = _lazy(() => {
      const { maybeString, maybeBoolean } = shared();
      return object2({
        used: maybe(moneySchema),
        limit: maybe(moneySchema),
        percent: maybe(percentPoints),
        enabled: maybeBoolean,
        disabled_reason: maybeString
      });
    });
    limitEntrySchema = _lazy(() => {
      const { maybeString, maybeBoolean, nonEmpty } = shared();
      return object2({
        kind: nonEmpty,
        group: maybeString,
        percent: nullable2(percentPoints),
        resets_at: maybe(isoInstant),
        scope: maybe(
          union2([
            object2({ model: object2({ display_name: nonEmpty, id: maybeString }) }),
            object2({ surface: object2({ display_name: nonEmpty }) })
          ])
        ),
        // Informational only: inactive limits still count towards a 429, so it is never used as a filter.
        is_active: maybeBoolean
      });
    });
    overageSchema = _lazy(() => {
      const { maybeNumber, maybeString, maybeBoolean } = shared();
      return object2({
        is_enabled: boolean2(),
        monthly_credit_limit: maybeNumber,
        currency: maybeString,
        used_credits: maybeNumber,
        disabled_reason: maybeString,
        disabled_until: maybe(isoInstant),
        out_of_credits: maybeBoolean
      });
    });
    subscriptionSchema = _lazy(() => {
      const { maybeString } = shared();
      return object2({
        status: maybeString,
        next_charge_date: maybeString,
        billing_interval: maybeString,
        currency: maybeString
      });
    });
    claudeCodeRateWindowSchema = object2({
      used_percentage: percentPoints,
      resets_at: maybe(number3().check(_gte(0), _lte(864e10)))
    });
    claudeCodeModelSchema = object2({ display_name: string3().check(_minLength(1), _maxLength(200)) });
  }
});

// src/core/text.ts
function printable(text) {
  return text.replace(UNPRINTABLE, "\uFFFD");
}
function textProblem(text, maxLength) {
  if (text.length > maxLength) return `text longer than ${maxLength} characters`;
  if (HAS_UNPRINTABLE.test(text)) {
    return "contains a control or bidi-override character";
  }
  return null;
}
function findUnsafeText(value, maxLength) {
  const pathOf = (node2, leaf) => {
    const path = leaf === null ? [] : [leaf];
    for (let n = node2; n && n.key !== null; n = n.parent) path.unshift(n.key);
    return path;
  };
  if (typeof value === "string") {
    const problem = textProblem(value, maxLength);
    return problem ? { path: [], problem } : null;
  }
  if (typeof value !== "object" || value === null) return null;
  const pending = [{ item: value, key: null, parent: null }];
  while (pending.length > 0) {
    const node2 = pending.pop();
    const { item } = node2;
    const children = [];
    const visit = (key, child) => {
      if (typeof child === "string") {
        const problem = textProblem(child, maxLength);
        if (problem) return { path: pathOf(node2, key), problem };
      } else if (typeof child === "object" && child !== null) {
        children.push({ item: child, key, parent: node2 });
      }
      return null;
    };
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i += 1) {
        const unsafe = visit(i, item[i]);
        if (unsafe) return unsafe;
      }
    } else {
      for (const key of Object.keys(item)) {
        const problem = textProblem(key, maxLength);
        if (problem) return { path: pathOf(node2, key), problem: `key ${problem}` };
        const unsafe = visit(key, item[key]);
        if (unsafe) return unsafe;
      }
    }
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]);
  }
  return null;
}
var UNPRINTABLE_CHARS, UNPRINTABLE, HAS_UNPRINTABLE;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    UNPRINTABLE_CHARS = String.raw`[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`;
    UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "gu");
    HAS_UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "u");
  }
});

// src/core/schema.ts
var snapshotSchema, snapshotArraySchema, UUID, EMAIL, MAX_STORED_TEXT, storedSnapshotSchema, storedSnapshotArraySchema, claudeAiAccountSchema, claudeAiOauthSchema, credentialsSchema, oauthProfileSchema;
var init_schema = __esm({
  "src/core/schema.ts"() {
    "use strict";
    init_zod();
    init_usage_schema();
    init_text();
    init_usage_schema();
    snapshotSchema = object({
      org_uuid: string2().min(1).max(200).nullable(),
      account_email: string2().max(320).nullable().optional().default(null),
      // Our companion's addition (ClaudeMeter's bodies lack it): the org's display name.
      org_name: string2().max(200).nullable().optional().default(null),
      browser: string2().max(100).optional().default("browser"),
      fetched_at: isoInstant,
      usage: record(string2(), unknown()).refine((usage2) => !nestedDeeperThan(usage2, MAX_NESTING), { message: `nested deeper than ${MAX_NESTING} levels` }),
      overage: nullable(overageSchema).optional().default(null),
      subscription: nullable(subscriptionSchema).optional().default(null),
      errors: array(string2().max(2e3)).max(100).optional().default([])
    });
    snapshotArraySchema = array(snapshotSchema).max(1e3);
    UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
    MAX_STORED_TEXT = 2e3;
    storedSnapshotSchema = snapshotSchema.extend({
      org_uuid: string2().regex(UUID, { message: "expected a UUID" }).nullable(),
      account_email: string2().max(320).regex(EMAIL, { message: "expected an email address or null" }).nullable().optional().default(null)
    }).superRefine((snapshot, ctx) => {
      const unsafe = findUnsafeText(snapshot, MAX_STORED_TEXT);
      if (unsafe) ctx.addIssue({ code: "custom", path: unsafe.path, message: unsafe.problem });
    });
    storedSnapshotArraySchema = array(storedSnapshotSchema).max(1e3);
    claudeAiAccountSchema = object({
      email_address: string2().nullable().optional(),
      memberships: array(
        object({ organization: object({ uuid: string2().min(1).max(200), name: string2().nullable().optional() }) })
      )
    });
    claudeAiOauthSchema = object({
      accessToken: string2().min(1),
      refreshToken: string2().optional(),
      /** Milliseconds since the epoch. */
      expiresAt: number2().finite().nullable().optional(),
      scopes: array(string2()).optional(),
      subscriptionType: string2().nullable().optional(),
      rateLimitTier: string2().nullable().optional()
    });
    credentialsSchema = object({
      claudeAiOauth: claudeAiOauthSchema.optional(),
      mcpOAuth: unknown().optional()
    });
    oauthProfileSchema = object({
      account: object({ email: string2().nullable().optional(), uuid: string2().optional() }).optional(),
      organization: object({ uuid: string2().min(1), name: string2().nullable().optional() }).optional()
    });
  }
});

// src/core/windows.ts
function isKnownWindow(key) {
  return Object.prototype.hasOwnProperty.call(KNOWN_WINDOWS, key);
}
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
function progressBar(percent, cells = 20) {
  const filled = Math.max(0, Math.min(cells, Math.round(percent / 100 * cells)));
  const shown = percent > 0 && filled === 0 ? 1 : filled;
  return "\u2588".repeat(shown) + "\u2591".repeat(cells - shown);
}
var KNOWN_WINDOWS, NON_WINDOW_KEYS, PREFIXES, WARNING_AT, CRITICAL_AT;
var init_windows = __esm({
  "src/core/windows.ts"() {
    "use strict";
    init_text();
    KNOWN_WINDOWS = {
      five_hour: { label: "5-hour", shortLabel: "5h" },
      seven_day: { label: "7-day", shortLabel: "7d" },
      seven_day_sonnet: { label: "7-day Sonnet", shortLabel: "Sonnet" },
      seven_day_opus: { label: "7-day Opus", shortLabel: "Opus" },
      seven_day_oauth_apps: { label: "7-day OAuth apps", shortLabel: "OAuth" },
      seven_day_omelette: { label: "7-day Omelette", shortLabel: "Omelette" },
      seven_day_cowork: { label: "7-day Cowork", shortLabel: "Cowork" }
    };
    NON_WINDOW_KEYS = /* @__PURE__ */ new Set(["extra_usage", "spend", "limits"]);
    PREFIXES = [
      ["seven_day_", "7-day ", ""],
      ["five_hour_", "5-hour ", "5h "]
    ];
    WARNING_AT = 80;
    CRITICAL_AT = 100;
  }
});

// src/core/limits.ts
function scopeName(scope) {
  if (!scope) return null;
  return printable("model" in scope ? scope.model.display_name : scope.surface.display_name);
}
function identify(entry2) {
  const mapped = KIND_TO_KEY.get(entry2.kind);
  if (mapped) return { key: mapped, ...windowLabels(mapped), known: true };
  const name2 = scopeName(entry2.scope);
  const nameSlug = name2 ? slug(name2) : "";
  if (entry2.kind === "weekly_scoped") {
    if (!name2 || !nameSlug) return null;
    const key2 = `seven_day_${nameSlug}`;
    const labels = isKnownWindow(key2) ? windowLabels(key2) : { label: `7-day ${name2}`, shortLabel: name2 };
    return { key: key2, ...labels, known: true };
  }
  const key = [slug(entry2.kind), nameSlug].filter(Boolean).join("_");
  if (!key) return null;
  const base = windowLabels(slug(entry2.kind));
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
    const entry2 = parsed.data;
    if (entry2.percent === null) return;
    const identity = identify(entry2);
    if (!identity) {
      errors.push({ window: `limits[${index}]`, message: `${entry2.kind}: scope has no usable name` });
      return;
    }
    const resetsAt = entry2.resets_at ? new Date(entry2.resets_at) : null;
    windows.push({ ...identity, percent: entry2.percent, resetsAt });
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
var KIND_TO_KEY;
var init_limits = __esm({
  "src/core/limits.ts"() {
    "use strict";
    init_usage_schema();
    init_text();
    init_windows();
    KIND_TO_KEY = /* @__PURE__ */ new Map([
      ["session", "five_hour"],
      ["weekly_all", "seven_day"]
    ]);
  }
});

// src/core/money.ts
function normaliseCurrency(code) {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{3}$/.test(upper) ? upper : null;
}
function currencyFormat(locale, currency) {
  const key = `${locale ?? ""}|${currency}`;
  let format2 = currencyFormats.get(key);
  if (!format2) {
    format2 = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormats.set(key, format2);
  }
  return format2;
}
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
function formatMoney(amount, currency, locale) {
  if (!currency)
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  try {
    return currencyFormat(locale, currency).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
function humaniseReason(reason) {
  const words = reason.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
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
var DEFAULT_MINOR_DIGITS, currencyFormats, digitsByCurrency;
var init_money = __esm({
  "src/core/money.ts"() {
    "use strict";
    DEFAULT_MINOR_DIGITS = 2;
    currencyFormats = /* @__PURE__ */ new Map();
    digitsByCurrency = /* @__PURE__ */ new Map();
  }
});

// src/core/usage.ts
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
var UsageShapeError, HOSTILE_KEYS, mayBeWindow;
var init_usage = __esm({
  "src/core/usage.ts"() {
    "use strict";
    init_usage_schema();
    init_windows();
    init_limits();
    init_money();
    UsageShapeError = class extends Error {
    };
    HOSTILE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
    mayBeWindow = (key) => !NON_WINDOW_KEYS.has(key) && !HOSTILE_KEYS.has(key);
  }
});

// src/core/snapshot.ts
function capitalise2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function bridgeLabel(browser) {
  const name2 = browser.trim() || "browser";
  return name2 === "extension" || name2 === "browser" ? "Browser bridge" : `${capitalise2(name2)} bridge`;
}
function wireIdentity(wire, sourceLabel) {
  return {
    sourceLabel: sourceLabel ?? bridgeLabel(printable(wire.browser)),
    orgUuid: printableOrNull(wire.org_uuid),
    orgName: printableOrNull(wire.org_name),
    accountEmail: printableOrNull(wire.account_email)
  };
}
function fromWireSnapshot(wire, source, sourceLabel) {
  return {
    source,
    ...wireIdentity(wire, sourceLabel),
    fetchedAt: new Date(wire.fetched_at),
    usage: parseUsage(wire.usage),
    overage: wire.overage ?? null,
    subscription: wire.subscription ?? null,
    errors: wire.errors.map(printable)
  };
}
function parseSnapshotArray(raw, source, sourceLabel) {
  const parsed = snapshotArraySchema.safeParse(raw);
  if (!parsed.success) throw new SnapshotShapeError(`snapshot ${describeZodError(parsed.error)}`);
  return parsed.data.map((wire) => fromWireSnapshot(wire, source, sourceLabel));
}
function snapshotsFromDocument(raw, sourceLabel) {
  if (Array.isArray(raw)) return parseSnapshotArray(raw, "file", sourceLabel);
  try {
    return [
      {
        source: "file",
        sourceLabel,
        orgUuid: null,
        orgName: null,
        accountEmail: null,
        fetchedAt: null,
        usage: parseUsage(raw),
        overage: null,
        subscription: null,
        errors: []
      }
    ];
  } catch (error2) {
    if (error2 instanceof UsageShapeError) throw new SnapshotShapeError(error2.message);
    throw error2;
  }
}
var SnapshotShapeError, printableOrNull;
var init_snapshot = __esm({
  "src/core/snapshot.ts"() {
    "use strict";
    init_schema();
    init_text();
    init_usage();
    SnapshotShapeError = class extends Error {
    };
    printableOrNull = (text) => text == null ? null : printable(text);
  }
});

// src/sources/capped-body.ts
async function readCappedText(response, maxBytes = MAX_RESPONSE_BYTES) {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel().catch(() => void 0);
    throw new BodyTooLargeError(maxBytes);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
var MAX_RESPONSE_BYTES, BodyTooLargeError;
var init_capped_body = __esm({
  "src/sources/capped-body.ts"() {
    "use strict";
    MAX_RESPONSE_BYTES = 1024 * 1024;
    BodyTooLargeError = class extends Error {
      constructor(maxBytes) {
        super(`answer over ${maxBytes / (1024 * 1024)} MiB`);
        this.maxBytes = maxBytes;
      }
      maxBytes;
    };
  }
});

// src/sources/deadline.ts
function requestDeadline(totalMs, connectMs) {
  const controller = new AbortController();
  const arm = (ms, what) => setTimeout(() => controller.abort(new Deadline(what)), ms);
  const connectTimer = connectMs === void 0 ? void 0 : arm(connectMs, `did not answer within ${connectMs / 1e3} s`);
  const totalTimer = arm(totalMs, `did not finish answering within ${totalMs / 1e3} s`);
  return {
    signal: controller.signal,
    connected: () => clearTimeout(connectTimer),
    done: () => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
    }
  };
}
var Deadline;
var init_deadline = __esm({
  "src/sources/deadline.ts"() {
    "use strict";
    Deadline = class extends Error {
      constructor(what) {
        super(what);
        this.what = what;
        this.name = "TimeoutError";
      }
      what;
    };
  }
});

// src/sources/load.ts
async function loadSnapshots(readers) {
  const settled = await Promise.allSettled(readers.map((r) => r.read()));
  const result = { snapshots: [], failures: [] };
  settled.forEach((outcome, i) => {
    const { source, sourceLabel } = readers[i];
    if (outcome.status === "fulfilled") result.snapshots.push(...outcome.value);
    else {
      const kind = outcome.reason instanceof SourceError ? outcome.reason.kind : void 0;
      result.failures.push({ source, sourceLabel, message: errorMessage(outcome.reason), ...kind ? { kind } : {} });
    }
  });
  return result;
}
function errorMessage(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
var SourceError;
var init_load = __esm({
  "src/sources/load.ts"() {
    "use strict";
    SourceError = class extends Error {
      constructor(message2, kind) {
        super(message2);
        this.kind = kind;
      }
      kind;
    };
  }
});

// src/sources/bridge.ts
function bridgeBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new BridgeSourceError(`bridge URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new BridgeSourceError(`bridge URL must be http://127.0.0.1:PORT or http://localhost:PORT, got ${url}`);
  }
  return parsed;
}
function causeCode(error2) {
  const cause = error2?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === "string" ? code : void 0;
}
async function getBridgeJson(base, path, schema, { fetch: fetchImpl = fetch, timeoutMs = DEFAULT_BRIDGE_TIMEOUT_MS }) {
  const where = base.host;
  let response;
  let text;
  const deadline = requestDeadline(timeoutMs);
  try {
    const get = () => fetchImpl(new URL(path, base), {
      headers: { Accept: "application/json" },
      redirect: "error",
      signal: deadline.signal
    });
    response = await get().catch((error2) => {
      if (causeCode(error2) === STALE_CONNECTION) return get();
      throw error2;
    });
    text = await readCappedText(response);
  } catch (error2) {
    if (error2 instanceof BodyTooLargeError) {
      throw new BridgeSourceError(`bridge on ${where} sent an ${error2.message}; refused, nothing was read from it`);
    }
    const name2 = error2?.name;
    if (name2 === "TimeoutError" || name2 === "AbortError") {
      throw new BridgeSourceError(`bridge on ${where} did not answer within ${timeoutMs / 1e3} s`);
    }
    const code = causeCode(error2);
    if (code === "ECONNREFUSED") {
      throw new BridgeSourceError(`bridge not running on ${where} \u2014 start it / load the companion`, "not_set_up");
    }
    throw new BridgeSourceError(`cannot reach the bridge on ${where} (${code ?? error2.message})`);
  } finally {
    deadline.done();
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = void 0;
  }
  if (!response.ok) {
    const detail = errorAnswerSchema.safeParse(json);
    throw new BridgeSourceError(
      `bridge on ${where} answered HTTP ${response.status}${detail.success ? `: ${detail.data.error}` : ""}`
    );
  }
  const answer2 = schema.safeParse(json);
  if (!answer2.success) {
    const why = json === void 0 ? "not JSON" : describeZodError(answer2.error);
    throw new BridgeSourceError(`bridge on ${where} sent a malformed answer (${why})`);
  }
  return answer2.data;
}
function bridgeReader({ url, ...options }) {
  return {
    source: "bridge",
    sourceLabel: BRIDGE_SOURCE_LABEL,
    async read() {
      const base = bridgeBaseUrl(url);
      const { snapshots: list } = await getBridgeJson(base, "/snapshots", answerSchema, options);
      let snapshots;
      try {
        snapshots = parseSnapshotArray(list, "bridge");
      } catch (error2) {
        if (!(error2 instanceof SnapshotShapeError)) throw error2;
        throw new BridgeSourceError(`bridge on ${base.host} sent a malformed answer (${error2.message})`);
      }
      if (snapshots.length === 0) {
        throw new BridgeSourceError(
          `bridge on ${base.host} has no snapshots yet \u2014 is the companion extension loaded and logged in to claude.ai?`,
          "not_set_up"
        );
      }
      return snapshots;
    }
  };
}
var BRIDGE_SOURCE_LABEL, DEFAULT_BRIDGE_TIMEOUT_MS, BridgeSourceError, answerSchema, healthSchema, errorAnswerSchema, LOOPBACK_HOSTS, STALE_CONNECTION;
var init_bridge = __esm({
  "src/sources/bridge.ts"() {
    "use strict";
    init_zod();
    init_schema();
    init_snapshot();
    init_capped_body();
    init_deadline();
    init_load();
    BRIDGE_SOURCE_LABEL = "Browser companion";
    DEFAULT_BRIDGE_TIMEOUT_MS = 3e3;
    BridgeSourceError = class extends SourceError {
    };
    answerSchema = object({ snapshots: array(unknown()) });
    healthSchema = object({
      ok: literal(true),
      version: string2(),
      snapshots: number2().int().nonnegative(),
      last_received_at: nullable(isoInstant)
    });
    errorAnswerSchema = object({ error: string2().max(300) });
    LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
    STALE_CONNECTION = "UND_ERR_SOCKET";
  }
});

// src/sources/file.ts
async function readCapped(path) {
  const chunks = [];
  let size = 0;
  for await (const chunk of (0, import_node_fs.createReadStream)(path, { end: MAX_FILE_BYTES })) {
    chunks.push(chunk);
    size += chunk.length;
  }
  if (size > MAX_FILE_BYTES) {
    throw new FileSourceError(`${path}: larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, not a usage payload`);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readSnapshotFile(path) {
  let text;
  try {
    text = await readCapped(path);
  } catch (error2) {
    if (error2 instanceof FileSourceError) throw error2;
    const code = error2.code;
    if (code === "ENOENT") throw new FileSourceError(`${path}: no such file`);
    throw new FileSourceError(`${path}: cannot read file${code ? ` (${code})` : ""}`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error2) {
    throw new FileSourceError(`${path}: not valid JSON (${printable(error2.message)})`);
  }
  try {
    return snapshotsFromDocument(raw, `file ${(0, import_node_path.basename)(path)}`);
  } catch (error2) {
    throw new FileSourceError(`${path}: ${error2.message}`);
  }
}
var import_node_fs, import_node_path, FileSourceError, MAX_FILE_BYTES;
var init_file = __esm({
  "src/sources/file.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_errors();
    init_snapshot();
    init_text();
    FileSourceError = class extends InputError {
    };
    MAX_FILE_BYTES = 16 * 1024 * 1024;
  }
});

// src/sources/redact.ts
function redact(text, secrets = []) {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  if (!TOKEN_HINT.test(out)) return out;
  return out.replace(TOKEN_SHAPES[0], REDACTED).replace(TOKEN_SHAPES[1], `$1${REDACTED}`);
}
var REDACTED, TOKEN_SHAPES, MIN_SECRET_LENGTH, TOKEN_HINT;
var init_redact = __esm({
  "src/sources/redact.ts"() {
    "use strict";
    REDACTED = "[redacted]";
    TOKEN_SHAPES = [/sk-ant-[A-Za-z0-9_-]+/g, /(Bearer\s+)[^\s"',;]+/gi];
    MIN_SECRET_LENGTH = 8;
    TOKEN_HINT = /sk-ant-|bearer/i;
  }
});

// src/sources/credentials.ts
function claudeConfigDir({ env = process.env, homeDir = (0, import_node_os.homedir)() } = {}) {
  return env.CLAUDE_CONFIG_DIR || (0, import_node_path2.join)(homeDir, ".claude");
}
function keychainService(env = process.env) {
  const dir = env.CLAUDE_CONFIG_DIR;
  if (!dir) return KEYCHAIN_SERVICE;
  const suffix = (0, import_node_crypto.createHash)("sha256").update(dir.normalize("NFC")).digest("hex").slice(0, 8);
  return `${KEYCHAIN_SERVICE}-${suffix}`;
}
function displayPath(path, homeDir) {
  return homeDir && path.startsWith(`${homeDir}/`) ? `~${path.slice(homeDir.length)}` : path;
}
function decodeCredentialText(text, origin) {
  const trimmed2 = text.trim();
  const candidates = HEX.test(trimmed2) ? [Buffer.from(trimmed2, "hex").toString("utf8"), trimmed2] : [trimmed2];
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
    }
  }
  throw new CredentialsError("invalid", `${origin} is neither JSON nor hex-encoded JSON`);
}
function expiryOf(ms) {
  if (typeof ms !== "number") return null;
  const date2 = new Date(ms);
  return Number.isNaN(date2.getTime()) ? null : date2;
}
function loginFromDocument(raw, origin, profile) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsError("invalid", `${origin}: ${describeZodError(parsed.error)}`);
  const { claudeAiOauth, mcpOAuth } = parsed.data;
  if (!claudeAiOauth) {
    const what = mcpOAuth === void 0 ? "has no Claude subscription login (no claudeAiOauth)" : "holds only MCP server tokens (mcpOAuth), no Claude subscription login";
    throw new CredentialsError(
      "no_subscription_login",
      `${origin} ${what}: log in with \`claude\` using your Claude Pro/Max account`
    );
  }
  return {
    accessToken: claudeAiOauth.accessToken,
    refreshToken: claudeAiOauth.refreshToken ?? null,
    expiresAt: expiryOf(claudeAiOauth.expiresAt),
    subscriptionType: claudeAiOauth.subscriptionType ?? null,
    origin,
    profile
  };
}
async function readFromKeychain(keychain, service, profile) {
  const origin = `Keychain item \u201C${service}\u201D`;
  let text;
  try {
    text = await keychain.readGenericPassword(service);
  } catch (error2) {
    if (error2 instanceof KeychainAccessError) throw new CredentialsError("keychain_refused", error2.message);
    throw new CredentialsError("unreadable", `${origin}: ${error2.message}`);
  }
  return text === null ? null : loginFromDocument(decodeCredentialText(text, origin), origin, profile);
}
async function readFromFile(path, origin, profile) {
  let text;
  try {
    if (!(0, import_node_fs2.statSync)(path).isFile()) {
      throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
    }
    text = (0, import_node_fs2.readFileSync)(path, "utf8");
  } catch (error2) {
    const code = error2.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new CredentialsError("unreadable", `${origin}: cannot read file${code ? ` (${code})` : ""}`);
  }
  return loginFromDocument(decodeCredentialText(text, origin), origin, profile);
}
async function readClaudeCodeLogin(options = {}) {
  const {
    env = process.env,
    homeDir = (0, import_node_os.homedir)(),
    keychain = null,
    platform = process.platform,
    keychainHint = TERMINAL_KEYCHAIN_HINT
  } = options;
  const profile = claudeConfigDir({ env, homeDir });
  const filePath = (0, import_node_path2.join)(profile, CREDENTIALS_FILE);
  const fileOrigin = displayPath(filePath, homeDir);
  const service = keychainService(env);
  const attempts = [
    ...keychain ? [() => readFromKeychain(keychain, service, profile)] : [],
    () => readFromFile(filePath, fileOrigin, profile)
  ];
  const problems = [];
  for (const attempt of attempts) {
    try {
      const login = await attempt();
      if (login) return login;
    } catch (error2) {
      if (!(error2 instanceof CredentialsError)) throw error2;
      problems.push(error2);
    }
  }
  if (problems.length > 0) throw problems[0];
  const looked = keychain ? `Keychain item \u201C${service}\u201D or ${fileOrigin}` : fileOrigin;
  const hint = !keychain && platform === "darwin" ? ` (${keychainHint})` : "";
  throw new CredentialsError("missing", `No Claude Code login found in ${looked}: log in with \`claude\`${hint}`);
}
function secretsOf(login) {
  return login ? [login.accessToken, login.refreshToken ?? ""] : [];
}
function redactLogin(message2, login) {
  return redact(message2, secretsOf(login));
}
var import_node_crypto, import_node_fs2, import_node_os, import_node_path2, KeychainAccessError, KEYCHAIN_SERVICE, CREDENTIALS_FILE, CredentialsError, HEX, TERMINAL_KEYCHAIN_HINT;
var init_credentials = __esm({
  "src/sources/credentials.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs2 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path2 = require("node:path");
    init_schema();
    init_redact();
    KeychainAccessError = class extends Error {
      constructor(refusal, message2) {
        super(message2);
        this.refusal = refusal;
      }
      refusal;
    };
    KEYCHAIN_SERVICE = "Claude Code-credentials";
    CREDENTIALS_FILE = ".credentials.json";
    CredentialsError = class extends Error {
      constructor(problem, message2) {
        super(message2);
        this.problem = problem;
      }
      problem;
    };
    HEX = /^(?:[0-9a-fA-F]{2})+$/;
    TERMINAL_KEYCHAIN_HINT = "on macOS Claude Code keeps it in the Keychain: turn on \u201CAlso read the token from the macOS Keychain\u201D, or pass --keychain";
  }
});

// src/sources/keychain.ts
function refusalMessage(refusal, timeoutMs = DEFAULT_TIMEOUT_MS) {
  switch (refusal) {
    case "denied":
      return "macOS denied access to Claude Code\u2019s Keychain item";
    case "cancelled":
      return "the macOS Keychain prompt was canceled";
    case "no_answer":
      return `the macOS Keychain prompt was not answered within ${timeoutMs / 1e3} s`;
    case "not_allowed":
      return "macOS could not ask for Keychain access (no login session, or the Keychain is locked)";
  }
}
function securityKeychainReader(timeoutMs = DEFAULT_TIMEOUT_MS, command = "/usr/bin/security") {
  return {
    readGenericPassword: (service) => new Promise((resolve3, reject) => {
      (0, import_node_child_process.execFile)(
        command,
        ["find-generic-password", "-s", service, "-w"],
        { timeout: timeoutMs, maxBuffer: 1024 * 1024, encoding: "utf8", windowsHide: true },
        (error2, stdout) => {
          if (!error2) return resolve3(stdout);
          const failure2 = error2;
          if (failure2.code === ITEM_NOT_FOUND) return resolve3(null);
          const refusal = failure2.killed ? "no_answer" : REFUSALS.get(failure2.code);
          if (refusal) return reject(new KeychainAccessError(refusal, refusalMessage(refusal, timeoutMs)));
          if (failure2.code === "ENOENT") return reject(new Error("the `security` tool is missing (macOS only)"));
          reject(new Error(`could not read the item (security exited with ${String(failure2.code ?? "an error")})`));
        }
      );
    })
  };
}
function keychainReaderFor(optedIn, platform = process.platform) {
  return optedIn && platform === "darwin" ? securityKeychainReader() : null;
}
var import_node_child_process, ITEM_NOT_FOUND, REFUSALS, DEFAULT_TIMEOUT_MS;
var init_keychain = __esm({
  "src/sources/keychain.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_credentials();
    ITEM_NOT_FOUND = 44;
    REFUSALS = /* @__PURE__ */ new Map([
      [128, "cancelled"],
      [51, "denied"],
      [36, "not_allowed"]
    ]);
    DEFAULT_TIMEOUT_MS = 3e4;
  }
});

// node_modules/date-fns/differenceInMilliseconds.js
function differenceInMilliseconds(laterDate, earlierDate) {
  return +toDate(laterDate) - +toDate(earlierDate);
}
var init_differenceInMilliseconds = __esm({
  "node_modules/date-fns/differenceInMilliseconds.js"() {
    init_toDate();
  }
});

// src/core/last-readings.ts
function reviveV1(entry2) {
  const parsed = storedReadingV1.safeParse(entry2);
  if (!parsed.success) return null;
  let usage2;
  try {
    usage2 = parseUsage(parsed.data.usage);
  } catch {
    return null;
  }
  return {
    ...parsed.data,
    fetched_at: Date.parse(parsed.data.fetched_at),
    windows: usage2.windows.map(storedWindow)
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
    orgUuid: printableOrNull2(stored2.org_uuid),
    orgName: printableOrNull2(stored2.org_name),
    accountEmail: printableOrNull2(stored2.account_email),
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
  return readings.flatMap((entry2) => {
    const parsed = version2 === LAST_READINGS_VERSION ? storedReading.safeParse(entry2) : null;
    const stored2 = parsed ? parsed.success ? parsed.data : null : reviveV1(entry2);
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
var LAST_READINGS_VERSION, MAX_READINGS, MAX_READING_AGE_MS, REWRITE_UNCHANGED_MS, MAX_WINDOWS, SOURCES, name, epochMs, readingFields, storedReading, storedReadingV1, fileSchema, printableOrNull2, storedWindow, attributed, sameWindows;
var init_last_readings = __esm({
  "src/core/last-readings.ts"() {
    "use strict";
    init_differenceInMilliseconds();
    init_mini();
    init_text();
    init_usage();
    init_usage_schema();
    LAST_READINGS_VERSION = 2;
    MAX_READINGS = 32;
    MAX_READING_AGE_MS = 7 * 24 * 60 * 6e4;
    REWRITE_UNCHANGED_MS = 6e4;
    MAX_WINDOWS = 64;
    SOURCES = ["bridge", "oauth", "file", "statusline"];
    name = nullable2(string3().check(_maxLength(320)));
    epochMs = number3().check(_gte(-864e13), _lte(864e13));
    readingFields = {
      source: _enum2(SOURCES),
      source_label: string3().check(_minLength(1), _maxLength(200)),
      org_uuid: name,
      org_name: name,
      account_email: name
    };
    storedReading = object2({
      ...readingFields,
      fetched_at: epochMs,
      windows: array2(
        object2({
          key: string3().check(_maxLength(200)),
          percent: number3().check(_nonnegative()),
          resets_at: nullable2(epochMs)
        })
      ).check(_maxLength(MAX_WINDOWS))
    });
    storedReadingV1 = _lazy(
      () => object2({ ...readingFields, fetched_at: isoInstant, usage: record2(string3(), unknown2()) })
    );
    fileSchema = object2({
      version: literal2([1, LAST_READINGS_VERSION]),
      readings: array2(unknown2()).check(_maxLength(1e3))
    });
    printableOrNull2 = (text) => text === null ? null : printable(text);
    storedWindow = (w) => ({
      key: w.key,
      percent: w.percent,
      resets_at: w.resetsAt?.getTime() ?? null
    });
    attributed = (s) => s.orgUuid !== null || s.accountEmail !== null;
    sameWindows = (a, b) => a.usage.windows.length === b.usage.windows.length && a.usage.windows.every((w, i) => {
      const v = b.usage.windows[i];
      return w.key === v.key && w.percent === v.percent && w.resetsAt?.getTime() === v.resetsAt?.getTime();
    });
  }
});

// src/sources/atomic-file.ts
function writeFileAtomically(path, data, dirMode) {
  (0, import_node_fs3.mkdirSync)((0, import_node_path3.dirname)(path), { recursive: true, mode: dirMode });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs3.writeFileSync)(temp, data, { mode: 384 });
    (0, import_node_fs3.renameSync)(temp, path);
  } catch (error2) {
    try {
      (0, import_node_fs3.rmSync)(temp, { force: true });
    } catch {
    }
    throw error2;
  }
}
var import_node_fs3, import_node_path3;
var init_atomic_file = __esm({
  "src/sources/atomic-file.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
  }
});

// src/sources/state-path.ts
function homeDirectory(env = process.env) {
  return env.HOME || require("node:os").homedir();
}
function defaultStatePath(env = process.env, platform = process.platform) {
  if (env.XDG_STATE_HOME) return (0, import_node_path4.join)(env.XDG_STATE_HOME, APP_DIR, "state.json");
  const home = homeDirectory(env);
  if (platform === "darwin") return (0, import_node_path4.join)(home, "Library", "Application Support", APP_DIR, "state.json");
  return (0, import_node_path4.join)(home, ".local", "state", APP_DIR, "state.json");
}
var import_node_path4, APP_DIR;
var init_state_path = __esm({
  "src/sources/state-path.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    APP_DIR = "claude-plan-meter";
  }
});

// src/sources/last-readings.ts
function lastReadingsPath(...args) {
  return (0, import_node_path5.join)((0, import_node_path5.dirname)(defaultStatePath(...args)), LAST_READINGS_FILE);
}
function readLastReadings(path) {
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(path, "utf8");
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
function lastReadingsReader(path, sources) {
  return {
    source: "statusline",
    sourceLabel: LAST_READINGS_LABEL,
    read: async () => readLastReadings(path).filter((s) => sources.includes(s.source))
  };
}
var import_node_fs4, import_node_path5, LAST_READINGS_FILE, LAST_READINGS_LABEL;
var init_last_readings2 = __esm({
  "src/sources/last-readings.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path5 = require("node:path");
    init_last_readings();
    init_atomic_file();
    init_state_path();
    LAST_READINGS_FILE = "last-readings.json";
    LAST_READINGS_LABEL = "Last readings";
  }
});

// node_modules/date-fns/addMilliseconds.js
function addMilliseconds(date2, amount, options) {
  return constructFrom(options?.in || date2, +toDate(date2) + amount);
}
var init_addMilliseconds = __esm({
  "node_modules/date-fns/addMilliseconds.js"() {
    init_constructFrom();
    init_toDate();
  }
});

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
var init_max = __esm({
  "node_modules/date-fns/max.js"() {
    init_constructFrom();
    init_toDate();
  }
});

// src/core/clock.ts
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
var MAX_CLOCK_AHEAD_MS;
var init_clock = __esm({
  "src/core/clock.ts"() {
    "use strict";
    init_addMilliseconds();
    init_max();
    MAX_CLOCK_AHEAD_MS = 5 * 6e4;
  }
});

// node_modules/date-fns/_lib/getRoundingMethod.js
function getRoundingMethod(method) {
  return (number4) => {
    const round = method ? Math[method] : Math.trunc;
    const result = round(number4);
    return result === 0 ? 0 : result;
  };
}
var init_getRoundingMethod = __esm({
  "node_modules/date-fns/_lib/getRoundingMethod.js"() {
  }
});

// node_modules/date-fns/differenceInSeconds.js
function differenceInSeconds(laterDate, earlierDate, options) {
  const diff = differenceInMilliseconds(laterDate, earlierDate) / 1e3;
  return getRoundingMethod(options?.roundingMethod)(diff);
}
var init_differenceInSeconds = __esm({
  "node_modules/date-fns/differenceInSeconds.js"() {
    init_getRoundingMethod();
    init_differenceInMilliseconds();
  }
});

// node_modules/date-fns/_lib/normalizeDates.js
function normalizeDates(context, ...dates) {
  const normalize = constructFrom.bind(
    null,
    context || dates.find((date2) => typeof date2 === "object")
  );
  return dates.map(normalize);
}
var init_normalizeDates = __esm({
  "node_modules/date-fns/_lib/normalizeDates.js"() {
    init_constructFrom();
  }
});

// node_modules/date-fns/startOfDay.js
function startOfDay(date2, options) {
  const _date2 = toDate(date2, options?.in);
  _date2.setHours(0, 0, 0, 0);
  return _date2;
}
var init_startOfDay = __esm({
  "node_modules/date-fns/startOfDay.js"() {
    init_toDate();
  }
});

// node_modules/date-fns/isSameDay.js
function isSameDay(laterDate, earlierDate, options) {
  const [dateLeft_, dateRight_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  return +startOfDay(dateLeft_) === +startOfDay(dateRight_);
}
var init_isSameDay = __esm({
  "node_modules/date-fns/isSameDay.js"() {
    init_normalizeDates();
    init_startOfDay();
  }
});

// node_modules/date-fns/isSameYear.js
function isSameYear(laterDate, earlierDate, options) {
  const [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  return laterDate_.getFullYear() === earlierDate_.getFullYear();
}
var init_isSameYear = __esm({
  "node_modules/date-fns/isSameYear.js"() {
    init_normalizeDates();
  }
});

// src/core/format.ts
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
function formatAbsolute(date2, now = /* @__PURE__ */ new Date()) {
  const p = {};
  for (const { type, value } of absoluteFormat().formatToParts(date2)) p[type] = value;
  return `${p.weekday} ${p.day} ${p.month}${isSameYear(date2, now) ? "" : ` ${p.year}`}, ${p.hour}:${p.minute}`;
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
var MINUTE, HOUR, DAY, absolute, absoluteFormat;
var init_format = __esm({
  "src/core/format.ts"() {
    "use strict";
    init_differenceInSeconds();
    init_isSameYear();
    MINUTE = 60;
    HOUR = 60 * MINUTE;
    DAY = 24 * HOUR;
    absoluteFormat = () => absolute ??= new Intl.DateTimeFormat("en-US", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    });
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatDistance.js
var formatDistanceLocale, formatDistance;
var init_formatDistance = __esm({
  "node_modules/date-fns/locale/en-US/_lib/formatDistance.js"() {
    formatDistanceLocale = {
      lessThanXSeconds: {
        one: "less than a second",
        other: "less than {{count}} seconds"
      },
      xSeconds: {
        one: "1 second",
        other: "{{count}} seconds"
      },
      halfAMinute: "half a minute",
      lessThanXMinutes: {
        one: "less than a minute",
        other: "less than {{count}} minutes"
      },
      xMinutes: {
        one: "1 minute",
        other: "{{count}} minutes"
      },
      aboutXHours: {
        one: "about 1 hour",
        other: "about {{count}} hours"
      },
      xHours: {
        one: "1 hour",
        other: "{{count}} hours"
      },
      xDays: {
        one: "1 day",
        other: "{{count}} days"
      },
      aboutXWeeks: {
        one: "about 1 week",
        other: "about {{count}} weeks"
      },
      xWeeks: {
        one: "1 week",
        other: "{{count}} weeks"
      },
      aboutXMonths: {
        one: "about 1 month",
        other: "about {{count}} months"
      },
      xMonths: {
        one: "1 month",
        other: "{{count}} months"
      },
      aboutXYears: {
        one: "about 1 year",
        other: "about {{count}} years"
      },
      xYears: {
        one: "1 year",
        other: "{{count}} years"
      },
      overXYears: {
        one: "over 1 year",
        other: "over {{count}} years"
      },
      almostXYears: {
        one: "almost 1 year",
        other: "almost {{count}} years"
      }
    };
    formatDistance = (token, count2, options) => {
      let result;
      const tokenValue = formatDistanceLocale[token];
      if (typeof tokenValue === "string") {
        result = tokenValue;
      } else if (count2 === 1) {
        result = tokenValue.one;
      } else {
        result = tokenValue.other.replace("{{count}}", count2.toString());
      }
      if (options?.addSuffix) {
        if (options.comparison && options.comparison > 0) {
          return "in " + result;
        } else {
          return result + " ago";
        }
      }
      return result;
    };
  }
});

// node_modules/date-fns/locale/_lib/buildFormatLongFn.js
function buildFormatLongFn(args) {
  return (options = {}) => {
    const width = options.width ? String(options.width) : args.defaultWidth;
    const format2 = args.formats[width] || args.formats[args.defaultWidth];
    return format2;
  };
}
var init_buildFormatLongFn = __esm({
  "node_modules/date-fns/locale/_lib/buildFormatLongFn.js"() {
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatLong.js
var dateFormats, timeFormats, dateTimeFormats, formatLong;
var init_formatLong = __esm({
  "node_modules/date-fns/locale/en-US/_lib/formatLong.js"() {
    init_buildFormatLongFn();
    dateFormats = {
      full: "EEEE, MMMM do, y",
      long: "MMMM do, y",
      medium: "MMM d, y",
      short: "MM/dd/yyyy"
    };
    timeFormats = {
      full: "h:mm:ss a zzzz",
      long: "h:mm:ss a z",
      medium: "h:mm:ss a",
      short: "h:mm a"
    };
    dateTimeFormats = {
      full: "{{date}} 'at' {{time}}",
      long: "{{date}} 'at' {{time}}",
      medium: "{{date}}, {{time}}",
      short: "{{date}}, {{time}}"
    };
    formatLong = {
      date: buildFormatLongFn({
        formats: dateFormats,
        defaultWidth: "full"
      }),
      time: buildFormatLongFn({
        formats: timeFormats,
        defaultWidth: "full"
      }),
      dateTime: buildFormatLongFn({
        formats: dateTimeFormats,
        defaultWidth: "full"
      })
    };
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatRelative.js
var formatRelativeLocale, formatRelative;
var init_formatRelative = __esm({
  "node_modules/date-fns/locale/en-US/_lib/formatRelative.js"() {
    formatRelativeLocale = {
      lastWeek: "'last' eeee 'at' p",
      yesterday: "'yesterday at' p",
      today: "'today at' p",
      tomorrow: "'tomorrow at' p",
      nextWeek: "eeee 'at' p",
      other: "P"
    };
    formatRelative = (token, _date2, _baseDate, _options) => formatRelativeLocale[token];
  }
});

// node_modules/date-fns/locale/_lib/buildLocalizeFn.js
function buildLocalizeFn(args) {
  return (value, options) => {
    const context = options?.context ? String(options.context) : "standalone";
    let valuesArray;
    if (context === "formatting" && args.formattingValues) {
      const defaultWidth = args.defaultFormattingWidth || args.defaultWidth;
      const width = options?.width ? String(options.width) : defaultWidth;
      valuesArray = args.formattingValues[width] || args.formattingValues[defaultWidth];
    } else {
      const defaultWidth = args.defaultWidth;
      const width = options?.width ? String(options.width) : args.defaultWidth;
      valuesArray = args.values[width] || args.values[defaultWidth];
    }
    const index = args.argumentCallback ? args.argumentCallback(value) : value;
    return valuesArray[index];
  };
}
var init_buildLocalizeFn = __esm({
  "node_modules/date-fns/locale/_lib/buildLocalizeFn.js"() {
  }
});

// node_modules/date-fns/locale/en-US/_lib/localize.js
var eraValues, quarterValues, monthValues, dayValues, dayPeriodValues, formattingDayPeriodValues, ordinalNumber, localize;
var init_localize = __esm({
  "node_modules/date-fns/locale/en-US/_lib/localize.js"() {
    init_buildLocalizeFn();
    eraValues = {
      narrow: ["B", "A"],
      abbreviated: ["BC", "AD"],
      wide: ["Before Christ", "Anno Domini"]
    };
    quarterValues = {
      narrow: ["1", "2", "3", "4"],
      abbreviated: ["Q1", "Q2", "Q3", "Q4"],
      wide: ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]
    };
    monthValues = {
      narrow: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
      abbreviated: [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec"
      ],
      wide: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      ]
    };
    dayValues = {
      narrow: ["S", "M", "T", "W", "T", "F", "S"],
      short: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
      abbreviated: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
      wide: [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday"
      ]
    };
    dayPeriodValues = {
      narrow: {
        am: "a",
        pm: "p",
        midnight: "mi",
        noon: "n",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      },
      abbreviated: {
        am: "AM",
        pm: "PM",
        midnight: "midnight",
        noon: "noon",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      },
      wide: {
        am: "a.m.",
        pm: "p.m.",
        midnight: "midnight",
        noon: "noon",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      }
    };
    formattingDayPeriodValues = {
      narrow: {
        am: "a",
        pm: "p",
        midnight: "mi",
        noon: "n",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      },
      abbreviated: {
        am: "AM",
        pm: "PM",
        midnight: "midnight",
        noon: "noon",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      },
      wide: {
        am: "a.m.",
        pm: "p.m.",
        midnight: "midnight",
        noon: "noon",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      }
    };
    ordinalNumber = (dirtyNumber, _options) => {
      const number4 = Number(dirtyNumber);
      const rem100 = number4 % 100;
      if (rem100 > 20 || rem100 < 10) {
        switch (rem100 % 10) {
          case 1:
            return number4 + "st";
          case 2:
            return number4 + "nd";
          case 3:
            return number4 + "rd";
        }
      }
      return number4 + "th";
    };
    localize = {
      ordinalNumber,
      era: buildLocalizeFn({
        values: eraValues,
        defaultWidth: "wide"
      }),
      quarter: buildLocalizeFn({
        values: quarterValues,
        defaultWidth: "wide",
        argumentCallback: (quarter) => quarter - 1
      }),
      month: buildLocalizeFn({
        values: monthValues,
        defaultWidth: "wide"
      }),
      day: buildLocalizeFn({
        values: dayValues,
        defaultWidth: "wide"
      }),
      dayPeriod: buildLocalizeFn({
        values: dayPeriodValues,
        defaultWidth: "wide",
        formattingValues: formattingDayPeriodValues,
        defaultFormattingWidth: "wide"
      })
    };
  }
});

// node_modules/date-fns/locale/_lib/buildMatchFn.js
function buildMatchFn(args) {
  return (string4, options = {}) => {
    const width = options.width;
    const matchPattern = width && args.matchPatterns[width] || args.matchPatterns[args.defaultMatchWidth];
    const matchResult = string4.match(matchPattern);
    if (!matchResult) {
      return null;
    }
    const matchedString = matchResult[0];
    const parsePatterns = width && args.parsePatterns[width] || args.parsePatterns[args.defaultParseWidth];
    const key = Array.isArray(parsePatterns) ? findIndex(parsePatterns, (pattern) => pattern.test(matchedString)) : (
      // [TODO] -- I challenge you to fix the type
      findKey(parsePatterns, (pattern) => pattern.test(matchedString))
    );
    let value;
    value = args.valueCallback ? args.valueCallback(key) : key;
    value = options.valueCallback ? (
      // [TODO] -- I challenge you to fix the type
      options.valueCallback(value)
    ) : value;
    const rest = string4.slice(matchedString.length);
    return { value, rest };
  };
}
function findKey(object3, predicate) {
  for (const key in object3) {
    if (Object.prototype.hasOwnProperty.call(object3, key) && predicate(object3[key])) {
      return key;
    }
  }
  return void 0;
}
function findIndex(array3, predicate) {
  for (let key = 0; key < array3.length; key++) {
    if (predicate(array3[key])) {
      return key;
    }
  }
  return void 0;
}
var init_buildMatchFn = __esm({
  "node_modules/date-fns/locale/_lib/buildMatchFn.js"() {
  }
});

// node_modules/date-fns/locale/_lib/buildMatchPatternFn.js
function buildMatchPatternFn(args) {
  return (string4, options = {}) => {
    const matchResult = string4.match(args.matchPattern);
    if (!matchResult) return null;
    const matchedString = matchResult[0];
    const parseResult = string4.match(args.parsePattern);
    if (!parseResult) return null;
    let value = args.valueCallback ? args.valueCallback(parseResult[0]) : parseResult[0];
    value = options.valueCallback ? options.valueCallback(value) : value;
    const rest = string4.slice(matchedString.length);
    return { value, rest };
  };
}
var init_buildMatchPatternFn = __esm({
  "node_modules/date-fns/locale/_lib/buildMatchPatternFn.js"() {
  }
});

// node_modules/date-fns/locale/en-US/_lib/match.js
var matchOrdinalNumberPattern, parseOrdinalNumberPattern, matchEraPatterns, parseEraPatterns, matchQuarterPatterns, parseQuarterPatterns, matchMonthPatterns, parseMonthPatterns, matchDayPatterns, parseDayPatterns, matchDayPeriodPatterns, parseDayPeriodPatterns, match;
var init_match = __esm({
  "node_modules/date-fns/locale/en-US/_lib/match.js"() {
    init_buildMatchFn();
    init_buildMatchPatternFn();
    matchOrdinalNumberPattern = /^(\d+)(th|st|nd|rd)?/i;
    parseOrdinalNumberPattern = /\d+/i;
    matchEraPatterns = {
      narrow: /^(b|a)/i,
      abbreviated: /^(b\.?\s?c\.?|b\.?\s?c\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)/i,
      wide: /^(before christ|before common era|anno domini|common era)/i
    };
    parseEraPatterns = {
      any: [/^b/i, /^(a|c)/i]
    };
    matchQuarterPatterns = {
      narrow: /^[1234]/i,
      abbreviated: /^q[1234]/i,
      wide: /^[1234](th|st|nd|rd)? quarter/i
    };
    parseQuarterPatterns = {
      any: [/1/i, /2/i, /3/i, /4/i]
    };
    matchMonthPatterns = {
      narrow: /^[jfmasond]/i,
      abbreviated: /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
      wide: /^(january|february|march|april|may|june|july|august|september|october|november|december)/i
    };
    parseMonthPatterns = {
      narrow: [
        /^j/i,
        /^f/i,
        /^m/i,
        /^a/i,
        /^m/i,
        /^j/i,
        /^j/i,
        /^a/i,
        /^s/i,
        /^o/i,
        /^n/i,
        /^d/i
      ],
      any: [
        /^ja/i,
        /^f/i,
        /^mar/i,
        /^ap/i,
        /^may/i,
        /^jun/i,
        /^jul/i,
        /^au/i,
        /^s/i,
        /^o/i,
        /^n/i,
        /^d/i
      ]
    };
    matchDayPatterns = {
      narrow: /^[smtwf]/i,
      short: /^(su|mo|tu|we|th|fr|sa)/i,
      abbreviated: /^(sun|mon|tue|wed|thu|fri|sat)/i,
      wide: /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i
    };
    parseDayPatterns = {
      narrow: [/^s/i, /^m/i, /^t/i, /^w/i, /^t/i, /^f/i, /^s/i],
      any: [/^su/i, /^m/i, /^tu/i, /^w/i, /^th/i, /^f/i, /^sa/i]
    };
    matchDayPeriodPatterns = {
      narrow: /^(a|p|mi|n|(in the|at) (morning|afternoon|evening|night))/i,
      any: /^([ap]\.?\s?m\.?|midnight|noon|(in the|at) (morning|afternoon|evening|night))/i
    };
    parseDayPeriodPatterns = {
      any: {
        am: /^a/i,
        pm: /^p/i,
        midnight: /^mi/i,
        noon: /^no/i,
        morning: /morning/i,
        afternoon: /afternoon/i,
        evening: /evening/i,
        night: /night/i
      }
    };
    match = {
      ordinalNumber: buildMatchPatternFn({
        matchPattern: matchOrdinalNumberPattern,
        parsePattern: parseOrdinalNumberPattern,
        valueCallback: (value) => parseInt(value, 10)
      }),
      era: buildMatchFn({
        matchPatterns: matchEraPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseEraPatterns,
        defaultParseWidth: "any"
      }),
      quarter: buildMatchFn({
        matchPatterns: matchQuarterPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseQuarterPatterns,
        defaultParseWidth: "any",
        valueCallback: (index) => index + 1
      }),
      month: buildMatchFn({
        matchPatterns: matchMonthPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseMonthPatterns,
        defaultParseWidth: "any"
      }),
      day: buildMatchFn({
        matchPatterns: matchDayPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseDayPatterns,
        defaultParseWidth: "any"
      }),
      dayPeriod: buildMatchFn({
        matchPatterns: matchDayPeriodPatterns,
        defaultMatchWidth: "any",
        parsePatterns: parseDayPeriodPatterns,
        defaultParseWidth: "any"
      })
    };
  }
});

// node_modules/date-fns/locale/en-US.js
var enUS;
var init_en_US = __esm({
  "node_modules/date-fns/locale/en-US.js"() {
    init_formatDistance();
    init_formatLong();
    init_formatRelative();
    init_localize();
    init_match();
    enUS = {
      code: "en-US",
      formatDistance,
      formatLong,
      formatRelative,
      localize,
      match,
      options: {
        weekStartsOn: 0,
        firstWeekContainsDate: 1
      }
    };
  }
});

// node_modules/date-fns/_lib/defaultLocale.js
var init_defaultLocale = __esm({
  "node_modules/date-fns/_lib/defaultLocale.js"() {
    init_en_US();
  }
});

// node_modules/date-fns/_lib/defaultOptions.js
function getDefaultOptions() {
  return defaultOptions;
}
var defaultOptions;
var init_defaultOptions = __esm({
  "node_modules/date-fns/_lib/defaultOptions.js"() {
    defaultOptions = {};
  }
});

// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js
function getTimezoneOffsetInMilliseconds(date2) {
  const _date2 = toDate(date2);
  const utcDate = new Date(
    Date.UTC(
      _date2.getFullYear(),
      _date2.getMonth(),
      _date2.getDate(),
      _date2.getHours(),
      _date2.getMinutes(),
      _date2.getSeconds(),
      _date2.getMilliseconds()
    )
  );
  utcDate.setUTCFullYear(_date2.getFullYear());
  return +date2 - +utcDate;
}
var init_getTimezoneOffsetInMilliseconds = __esm({
  "node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js"() {
    init_toDate();
  }
});

// node_modules/date-fns/differenceInCalendarDays.js
function differenceInCalendarDays(laterDate, earlierDate, options) {
  const [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  const laterStartOfDay = startOfDay(laterDate_);
  const earlierStartOfDay = startOfDay(earlierDate_);
  const laterTimestamp = +laterStartOfDay - getTimezoneOffsetInMilliseconds(laterStartOfDay);
  const earlierTimestamp = +earlierStartOfDay - getTimezoneOffsetInMilliseconds(earlierStartOfDay);
  return Math.round((laterTimestamp - earlierTimestamp) / millisecondsInDay);
}
var init_differenceInCalendarDays = __esm({
  "node_modules/date-fns/differenceInCalendarDays.js"() {
    init_getTimezoneOffsetInMilliseconds();
    init_normalizeDates();
    init_constants();
    init_startOfDay();
  }
});

// node_modules/date-fns/startOfYear.js
function startOfYear(date2, options) {
  const date_ = toDate(date2, options?.in);
  date_.setFullYear(date_.getFullYear(), 0, 1);
  date_.setHours(0, 0, 0, 0);
  return date_;
}
var init_startOfYear = __esm({
  "node_modules/date-fns/startOfYear.js"() {
    init_toDate();
  }
});

// node_modules/date-fns/getDayOfYear.js
function getDayOfYear(date2, options) {
  const _date2 = toDate(date2, options?.in);
  const diff = differenceInCalendarDays(_date2, startOfYear(_date2));
  const dayOfYear = diff + 1;
  return dayOfYear;
}
var init_getDayOfYear = __esm({
  "node_modules/date-fns/getDayOfYear.js"() {
    init_differenceInCalendarDays();
    init_startOfYear();
    init_toDate();
  }
});

// node_modules/date-fns/startOfWeek.js
function startOfWeek(date2, options) {
  const defaultOptions2 = getDefaultOptions();
  const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0;
  const _date2 = toDate(date2, options?.in);
  const day = _date2.getDay();
  const diff = (day < weekStartsOn ? 7 : 0) + day - weekStartsOn;
  _date2.setDate(_date2.getDate() - diff);
  _date2.setHours(0, 0, 0, 0);
  return _date2;
}
var init_startOfWeek = __esm({
  "node_modules/date-fns/startOfWeek.js"() {
    init_defaultOptions();
    init_toDate();
  }
});

// node_modules/date-fns/startOfISOWeek.js
function startOfISOWeek(date2, options) {
  return startOfWeek(date2, { ...options, weekStartsOn: 1 });
}
var init_startOfISOWeek = __esm({
  "node_modules/date-fns/startOfISOWeek.js"() {
    init_startOfWeek();
  }
});

// node_modules/date-fns/getISOWeekYear.js
function getISOWeekYear(date2, options) {
  const _date2 = toDate(date2, options?.in);
  const year = _date2.getFullYear();
  const fourthOfJanuaryOfNextYear = constructFrom(_date2, 0);
  fourthOfJanuaryOfNextYear.setFullYear(year + 1, 0, 4);
  fourthOfJanuaryOfNextYear.setHours(0, 0, 0, 0);
  const startOfNextYear = startOfISOWeek(fourthOfJanuaryOfNextYear);
  const fourthOfJanuaryOfThisYear = constructFrom(_date2, 0);
  fourthOfJanuaryOfThisYear.setFullYear(year, 0, 4);
  fourthOfJanuaryOfThisYear.setHours(0, 0, 0, 0);
  const startOfThisYear = startOfISOWeek(fourthOfJanuaryOfThisYear);
  if (_date2.getTime() >= startOfNextYear.getTime()) {
    return year + 1;
  } else if (_date2.getTime() >= startOfThisYear.getTime()) {
    return year;
  } else {
    return year - 1;
  }
}
var init_getISOWeekYear = __esm({
  "node_modules/date-fns/getISOWeekYear.js"() {
    init_constructFrom();
    init_startOfISOWeek();
    init_toDate();
  }
});

// node_modules/date-fns/startOfISOWeekYear.js
function startOfISOWeekYear(date2, options) {
  const year = getISOWeekYear(date2, options);
  const fourthOfJanuary = constructFrom(options?.in || date2, 0);
  fourthOfJanuary.setFullYear(year, 0, 4);
  fourthOfJanuary.setHours(0, 0, 0, 0);
  return startOfISOWeek(fourthOfJanuary);
}
var init_startOfISOWeekYear = __esm({
  "node_modules/date-fns/startOfISOWeekYear.js"() {
    init_constructFrom();
    init_getISOWeekYear();
    init_startOfISOWeek();
  }
});

// node_modules/date-fns/getISOWeek.js
function getISOWeek(date2, options) {
  const _date2 = toDate(date2, options?.in);
  const diff = +startOfISOWeek(_date2) - +startOfISOWeekYear(_date2);
  return Math.round(diff / millisecondsInWeek) + 1;
}
var init_getISOWeek = __esm({
  "node_modules/date-fns/getISOWeek.js"() {
    init_constants();
    init_startOfISOWeek();
    init_startOfISOWeekYear();
    init_toDate();
  }
});

// node_modules/date-fns/getWeekYear.js
function getWeekYear(date2, options) {
  const _date2 = toDate(date2, options?.in);
  const year = _date2.getFullYear();
  const defaultOptions2 = getDefaultOptions();
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const firstWeekOfNextYear = constructFrom(options?.in || date2, 0);
  firstWeekOfNextYear.setFullYear(year + 1, 0, firstWeekContainsDate);
  firstWeekOfNextYear.setHours(0, 0, 0, 0);
  const startOfNextYear = startOfWeek(firstWeekOfNextYear, options);
  const firstWeekOfThisYear = constructFrom(options?.in || date2, 0);
  firstWeekOfThisYear.setFullYear(year, 0, firstWeekContainsDate);
  firstWeekOfThisYear.setHours(0, 0, 0, 0);
  const startOfThisYear = startOfWeek(firstWeekOfThisYear, options);
  if (+_date2 >= +startOfNextYear) {
    return year + 1;
  } else if (+_date2 >= +startOfThisYear) {
    return year;
  } else {
    return year - 1;
  }
}
var init_getWeekYear = __esm({
  "node_modules/date-fns/getWeekYear.js"() {
    init_defaultOptions();
    init_constructFrom();
    init_startOfWeek();
    init_toDate();
  }
});

// node_modules/date-fns/startOfWeekYear.js
function startOfWeekYear(date2, options) {
  const defaultOptions2 = getDefaultOptions();
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const year = getWeekYear(date2, options);
  const firstWeek = constructFrom(options?.in || date2, 0);
  firstWeek.setFullYear(year, 0, firstWeekContainsDate);
  firstWeek.setHours(0, 0, 0, 0);
  const _date2 = startOfWeek(firstWeek, options);
  return _date2;
}
var init_startOfWeekYear = __esm({
  "node_modules/date-fns/startOfWeekYear.js"() {
    init_defaultOptions();
    init_constructFrom();
    init_getWeekYear();
    init_startOfWeek();
  }
});

// node_modules/date-fns/getWeek.js
function getWeek(date2, options) {
  const _date2 = toDate(date2, options?.in);
  const diff = +startOfWeek(_date2, options) - +startOfWeekYear(_date2, options);
  return Math.round(diff / millisecondsInWeek) + 1;
}
var init_getWeek = __esm({
  "node_modules/date-fns/getWeek.js"() {
    init_constants();
    init_startOfWeek();
    init_startOfWeekYear();
    init_toDate();
  }
});

// node_modules/date-fns/_lib/addLeadingZeros.js
function addLeadingZeros(number4, targetLength) {
  const sign = number4 < 0 ? "-" : "";
  const output = Math.abs(number4).toString().padStart(targetLength, "0");
  return sign + output;
}
var init_addLeadingZeros = __esm({
  "node_modules/date-fns/_lib/addLeadingZeros.js"() {
  }
});

// node_modules/date-fns/_lib/format/lightFormatters.js
var lightFormatters;
var init_lightFormatters = __esm({
  "node_modules/date-fns/_lib/format/lightFormatters.js"() {
    init_addLeadingZeros();
    lightFormatters = {
      // Year
      y(date2, token) {
        const signedYear = date2.getFullYear();
        const year = signedYear > 0 ? signedYear : 1 - signedYear;
        return addLeadingZeros(token === "yy" ? year % 100 : year, token.length);
      },
      // Month
      M(date2, token) {
        const month = date2.getMonth();
        return token === "M" ? String(month + 1) : addLeadingZeros(month + 1, 2);
      },
      // Day of the month
      d(date2, token) {
        return addLeadingZeros(date2.getDate(), token.length);
      },
      // AM or PM
      a(date2, token) {
        const dayPeriodEnumValue = date2.getHours() / 12 >= 1 ? "pm" : "am";
        switch (token) {
          case "a":
          case "aa":
            return dayPeriodEnumValue.toUpperCase();
          case "aaa":
            return dayPeriodEnumValue;
          case "aaaaa":
            return dayPeriodEnumValue[0];
          case "aaaa":
          default:
            return dayPeriodEnumValue === "am" ? "a.m." : "p.m.";
        }
      },
      // Hour [1-12]
      h(date2, token) {
        return addLeadingZeros(date2.getHours() % 12 || 12, token.length);
      },
      // Hour [0-23]
      H(date2, token) {
        return addLeadingZeros(date2.getHours(), token.length);
      },
      // Minute
      m(date2, token) {
        return addLeadingZeros(date2.getMinutes(), token.length);
      },
      // Second
      s(date2, token) {
        return addLeadingZeros(date2.getSeconds(), token.length);
      },
      // Fraction of second
      S(date2, token) {
        const numberOfDigits = token.length;
        const milliseconds = date2.getMilliseconds();
        const fractionalSeconds = Math.trunc(
          milliseconds * Math.pow(10, numberOfDigits - 3)
        );
        return addLeadingZeros(fractionalSeconds, token.length);
      }
    };
  }
});

// node_modules/date-fns/_lib/format/formatters.js
function formatTimezoneShort(offset, delimiter = "") {
  const sign = offset > 0 ? "-" : "+";
  const absOffset = Math.abs(offset);
  const hours = Math.trunc(absOffset / 60);
  const minutes = absOffset % 60;
  if (minutes === 0) {
    return sign + String(hours);
  }
  return sign + String(hours) + delimiter + addLeadingZeros(minutes, 2);
}
function formatTimezoneWithOptionalMinutes(offset, delimiter) {
  if (offset % 60 === 0) {
    const sign = offset > 0 ? "-" : "+";
    return sign + addLeadingZeros(Math.abs(offset) / 60, 2);
  }
  return formatTimezone(offset, delimiter);
}
function formatTimezone(offset, delimiter = "") {
  const sign = offset > 0 ? "-" : "+";
  const absOffset = Math.abs(offset);
  const hours = addLeadingZeros(Math.trunc(absOffset / 60), 2);
  const minutes = addLeadingZeros(absOffset % 60, 2);
  return sign + hours + delimiter + minutes;
}
var dayPeriodEnum, formatters;
var init_formatters = __esm({
  "node_modules/date-fns/_lib/format/formatters.js"() {
    init_getDayOfYear();
    init_getISOWeek();
    init_getISOWeekYear();
    init_getWeek();
    init_getWeekYear();
    init_addLeadingZeros();
    init_lightFormatters();
    dayPeriodEnum = {
      am: "am",
      pm: "pm",
      midnight: "midnight",
      noon: "noon",
      morning: "morning",
      afternoon: "afternoon",
      evening: "evening",
      night: "night"
    };
    formatters = {
      // Era
      G: function(date2, token, localize2) {
        const era = date2.getFullYear() > 0 ? 1 : 0;
        switch (token) {
          // AD, BC
          case "G":
          case "GG":
          case "GGG":
            return localize2.era(era, { width: "abbreviated" });
          // A, B
          case "GGGGG":
            return localize2.era(era, { width: "narrow" });
          // Anno Domini, Before Christ
          case "GGGG":
          default:
            return localize2.era(era, { width: "wide" });
        }
      },
      // Year
      y: function(date2, token, localize2) {
        if (token === "yo") {
          const signedYear = date2.getFullYear();
          const year = signedYear > 0 ? signedYear : 1 - signedYear;
          return localize2.ordinalNumber(year, { unit: "year" });
        }
        return lightFormatters.y(date2, token);
      },
      // Local week-numbering year
      Y: function(date2, token, localize2, options) {
        const signedWeekYear = getWeekYear(date2, options);
        const weekYear = signedWeekYear > 0 ? signedWeekYear : 1 - signedWeekYear;
        if (token === "YY") {
          const twoDigitYear = weekYear % 100;
          return addLeadingZeros(twoDigitYear, 2);
        }
        if (token === "Yo") {
          return localize2.ordinalNumber(weekYear, { unit: "year" });
        }
        return addLeadingZeros(weekYear, token.length);
      },
      // ISO week-numbering year
      R: function(date2, token) {
        const isoWeekYear = getISOWeekYear(date2);
        return addLeadingZeros(isoWeekYear, token.length);
      },
      // Extended year. This is a single number designating the year of this calendar system.
      // The main difference between `y` and `u` localizers are B.C. years:
      // | Year | `y` | `u` |
      // |------|-----|-----|
      // | AC 1 |   1 |   1 |
      // | BC 1 |   1 |   0 |
      // | BC 2 |   2 |  -1 |
      // Also `yy` always returns the last two digits of a year,
      // while `uu` pads single digit years to 2 characters and returns other years unchanged.
      u: function(date2, token) {
        const year = date2.getFullYear();
        return addLeadingZeros(year, token.length);
      },
      // Quarter
      Q: function(date2, token, localize2) {
        const quarter = Math.ceil((date2.getMonth() + 1) / 3);
        switch (token) {
          // 1, 2, 3, 4
          case "Q":
            return String(quarter);
          // 01, 02, 03, 04
          case "QQ":
            return addLeadingZeros(quarter, 2);
          // 1st, 2nd, 3rd, 4th
          case "Qo":
            return localize2.ordinalNumber(quarter, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "QQQ":
            return localize2.quarter(quarter, {
              width: "abbreviated",
              context: "formatting"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "QQQQQ":
            return localize2.quarter(quarter, {
              width: "narrow",
              context: "formatting"
            });
          // 1st quarter, 2nd quarter, ...
          case "QQQQ":
          default:
            return localize2.quarter(quarter, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Stand-alone quarter
      q: function(date2, token, localize2) {
        const quarter = Math.ceil((date2.getMonth() + 1) / 3);
        switch (token) {
          // 1, 2, 3, 4
          case "q":
            return String(quarter);
          // 01, 02, 03, 04
          case "qq":
            return addLeadingZeros(quarter, 2);
          // 1st, 2nd, 3rd, 4th
          case "qo":
            return localize2.ordinalNumber(quarter, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "qqq":
            return localize2.quarter(quarter, {
              width: "abbreviated",
              context: "standalone"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "qqqqq":
            return localize2.quarter(quarter, {
              width: "narrow",
              context: "standalone"
            });
          // 1st quarter, 2nd quarter, ...
          case "qqqq":
          default:
            return localize2.quarter(quarter, {
              width: "wide",
              context: "standalone"
            });
        }
      },
      // Month
      M: function(date2, token, localize2) {
        const month = date2.getMonth();
        switch (token) {
          case "M":
          case "MM":
            return lightFormatters.M(date2, token);
          // 1st, 2nd, ..., 12th
          case "Mo":
            return localize2.ordinalNumber(month + 1, { unit: "month" });
          // Jan, Feb, ..., Dec
          case "MMM":
            return localize2.month(month, {
              width: "abbreviated",
              context: "formatting"
            });
          // J, F, ..., D
          case "MMMMM":
            return localize2.month(month, {
              width: "narrow",
              context: "formatting"
            });
          // January, February, ..., December
          case "MMMM":
          default:
            return localize2.month(month, { width: "wide", context: "formatting" });
        }
      },
      // Stand-alone month
      L: function(date2, token, localize2) {
        const month = date2.getMonth();
        switch (token) {
          // 1, 2, ..., 12
          case "L":
            return String(month + 1);
          // 01, 02, ..., 12
          case "LL":
            return addLeadingZeros(month + 1, 2);
          // 1st, 2nd, ..., 12th
          case "Lo":
            return localize2.ordinalNumber(month + 1, { unit: "month" });
          // Jan, Feb, ..., Dec
          case "LLL":
            return localize2.month(month, {
              width: "abbreviated",
              context: "standalone"
            });
          // J, F, ..., D
          case "LLLLL":
            return localize2.month(month, {
              width: "narrow",
              context: "standalone"
            });
          // January, February, ..., December
          case "LLLL":
          default:
            return localize2.month(month, { width: "wide", context: "standalone" });
        }
      },
      // Local week of year
      w: function(date2, token, localize2, options) {
        const week = getWeek(date2, options);
        if (token === "wo") {
          return localize2.ordinalNumber(week, { unit: "week" });
        }
        return addLeadingZeros(week, token.length);
      },
      // ISO week of year
      I: function(date2, token, localize2) {
        const isoWeek = getISOWeek(date2);
        if (token === "Io") {
          return localize2.ordinalNumber(isoWeek, { unit: "week" });
        }
        return addLeadingZeros(isoWeek, token.length);
      },
      // Day of the month
      d: function(date2, token, localize2) {
        if (token === "do") {
          return localize2.ordinalNumber(date2.getDate(), { unit: "date" });
        }
        return lightFormatters.d(date2, token);
      },
      // Day of year
      D: function(date2, token, localize2) {
        const dayOfYear = getDayOfYear(date2);
        if (token === "Do") {
          return localize2.ordinalNumber(dayOfYear, { unit: "dayOfYear" });
        }
        return addLeadingZeros(dayOfYear, token.length);
      },
      // Day of week
      E: function(date2, token, localize2) {
        const dayOfWeek = date2.getDay();
        switch (token) {
          // Tue
          case "E":
          case "EE":
          case "EEE":
            return localize2.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "EEEEE":
            return localize2.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "EEEEEE":
            return localize2.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "EEEE":
          default:
            return localize2.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Local day of week
      e: function(date2, token, localize2, options) {
        const dayOfWeek = date2.getDay();
        const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
        switch (token) {
          // Numerical value (Nth day of week with current locale or weekStartsOn)
          case "e":
            return String(localDayOfWeek);
          // Padded numerical value
          case "ee":
            return addLeadingZeros(localDayOfWeek, 2);
          // 1st, 2nd, ..., 7th
          case "eo":
            return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
          case "eee":
            return localize2.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "eeeee":
            return localize2.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "eeeeee":
            return localize2.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "eeee":
          default:
            return localize2.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Stand-alone local day of week
      c: function(date2, token, localize2, options) {
        const dayOfWeek = date2.getDay();
        const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
        switch (token) {
          // Numerical value (same as in `e`)
          case "c":
            return String(localDayOfWeek);
          // Padded numerical value
          case "cc":
            return addLeadingZeros(localDayOfWeek, token.length);
          // 1st, 2nd, ..., 7th
          case "co":
            return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
          case "ccc":
            return localize2.day(dayOfWeek, {
              width: "abbreviated",
              context: "standalone"
            });
          // T
          case "ccccc":
            return localize2.day(dayOfWeek, {
              width: "narrow",
              context: "standalone"
            });
          // Tu
          case "cccccc":
            return localize2.day(dayOfWeek, {
              width: "short",
              context: "standalone"
            });
          // Tuesday
          case "cccc":
          default:
            return localize2.day(dayOfWeek, {
              width: "wide",
              context: "standalone"
            });
        }
      },
      // ISO day of week
      i: function(date2, token, localize2) {
        const dayOfWeek = date2.getDay();
        const isoDayOfWeek = dayOfWeek === 0 ? 7 : dayOfWeek;
        switch (token) {
          // 2
          case "i":
            return String(isoDayOfWeek);
          // 02
          case "ii":
            return addLeadingZeros(isoDayOfWeek, token.length);
          // 2nd
          case "io":
            return localize2.ordinalNumber(isoDayOfWeek, { unit: "day" });
          // Tue
          case "iii":
            return localize2.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "iiiii":
            return localize2.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "iiiiii":
            return localize2.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "iiii":
          default:
            return localize2.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // AM or PM
      a: function(date2, token, localize2) {
        const hours = date2.getHours();
        const dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
        switch (token) {
          case "a":
          case "aa":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "aaa":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            }).toLowerCase();
          case "aaaaa":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "aaaa":
          default:
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // AM, PM, midnight, noon
      b: function(date2, token, localize2) {
        const hours = date2.getHours();
        let dayPeriodEnumValue;
        if (hours === 12) {
          dayPeriodEnumValue = dayPeriodEnum.noon;
        } else if (hours === 0) {
          dayPeriodEnumValue = dayPeriodEnum.midnight;
        } else {
          dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
        }
        switch (token) {
          case "b":
          case "bb":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "bbb":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            }).toLowerCase();
          case "bbbbb":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "bbbb":
          default:
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // in the morning, in the afternoon, in the evening, at night
      B: function(date2, token, localize2) {
        const hours = date2.getHours();
        let dayPeriodEnumValue;
        if (hours >= 17) {
          dayPeriodEnumValue = dayPeriodEnum.evening;
        } else if (hours >= 12) {
          dayPeriodEnumValue = dayPeriodEnum.afternoon;
        } else if (hours >= 4) {
          dayPeriodEnumValue = dayPeriodEnum.morning;
        } else {
          dayPeriodEnumValue = dayPeriodEnum.night;
        }
        switch (token) {
          case "B":
          case "BB":
          case "BBB":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "BBBBB":
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "BBBB":
          default:
            return localize2.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Hour [1-12]
      h: function(date2, token, localize2) {
        if (token === "ho") {
          let hours = date2.getHours() % 12;
          if (hours === 0) hours = 12;
          return localize2.ordinalNumber(hours, { unit: "hour" });
        }
        return lightFormatters.h(date2, token);
      },
      // Hour [0-23]
      H: function(date2, token, localize2) {
        if (token === "Ho") {
          return localize2.ordinalNumber(date2.getHours(), { unit: "hour" });
        }
        return lightFormatters.H(date2, token);
      },
      // Hour [0-11]
      K: function(date2, token, localize2) {
        const hours = date2.getHours() % 12;
        if (token === "Ko") {
          return localize2.ordinalNumber(hours, { unit: "hour" });
        }
        return addLeadingZeros(hours, token.length);
      },
      // Hour [1-24]
      k: function(date2, token, localize2) {
        let hours = date2.getHours();
        if (hours === 0) hours = 24;
        if (token === "ko") {
          return localize2.ordinalNumber(hours, { unit: "hour" });
        }
        return addLeadingZeros(hours, token.length);
      },
      // Minute
      m: function(date2, token, localize2) {
        if (token === "mo") {
          return localize2.ordinalNumber(date2.getMinutes(), { unit: "minute" });
        }
        return lightFormatters.m(date2, token);
      },
      // Second
      s: function(date2, token, localize2) {
        if (token === "so") {
          return localize2.ordinalNumber(date2.getSeconds(), { unit: "second" });
        }
        return lightFormatters.s(date2, token);
      },
      // Fraction of second
      S: function(date2, token) {
        return lightFormatters.S(date2, token);
      },
      // Timezone (ISO-8601. If offset is 0, output is always `'Z'`)
      X: function(date2, token, _localize) {
        const timezoneOffset = date2.getTimezoneOffset();
        if (timezoneOffset === 0) {
          return "Z";
        }
        switch (token) {
          // Hours and optional minutes
          case "X":
            return formatTimezoneWithOptionalMinutes(timezoneOffset);
          // Hours, minutes and optional seconds without `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `XX`
          case "XXXX":
          case "XX":
            return formatTimezone(timezoneOffset);
          // Hours, minutes and optional seconds with `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `XXX`
          case "XXXXX":
          case "XXX":
          // Hours and minutes with `:` delimiter
          default:
            return formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (ISO-8601. If offset is 0, output is `'+00:00'` or equivalent)
      x: function(date2, token, _localize) {
        const timezoneOffset = date2.getTimezoneOffset();
        switch (token) {
          // Hours and optional minutes
          case "x":
            return formatTimezoneWithOptionalMinutes(timezoneOffset);
          // Hours, minutes and optional seconds without `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `xx`
          case "xxxx":
          case "xx":
            return formatTimezone(timezoneOffset);
          // Hours, minutes and optional seconds with `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `xxx`
          case "xxxxx":
          case "xxx":
          // Hours and minutes with `:` delimiter
          default:
            return formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (GMT)
      O: function(date2, token, _localize) {
        const timezoneOffset = date2.getTimezoneOffset();
        switch (token) {
          // Short
          case "O":
          case "OO":
          case "OOO":
            return "GMT" + formatTimezoneShort(timezoneOffset, ":");
          // Long
          case "OOOO":
          default:
            return "GMT" + formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (specific non-location)
      z: function(date2, token, _localize) {
        const timezoneOffset = date2.getTimezoneOffset();
        switch (token) {
          // Short
          case "z":
          case "zz":
          case "zzz":
            return "GMT" + formatTimezoneShort(timezoneOffset, ":");
          // Long
          case "zzzz":
          default:
            return "GMT" + formatTimezone(timezoneOffset, ":");
        }
      },
      // Seconds timestamp
      t: function(date2, token, _localize) {
        const timestamp = Math.trunc(+date2 / 1e3);
        return addLeadingZeros(timestamp, token.length);
      },
      // Milliseconds timestamp
      T: function(date2, token, _localize) {
        return addLeadingZeros(+date2, token.length);
      }
    };
  }
});

// node_modules/date-fns/_lib/format/longFormatters.js
var dateLongFormatter, timeLongFormatter, dateTimeLongFormatter, longFormatters;
var init_longFormatters = __esm({
  "node_modules/date-fns/_lib/format/longFormatters.js"() {
    dateLongFormatter = (pattern, formatLong2) => {
      switch (pattern) {
        case "P":
          return formatLong2.date({ width: "short" });
        case "PP":
          return formatLong2.date({ width: "medium" });
        case "PPP":
          return formatLong2.date({ width: "long" });
        case "PPPP":
        default:
          return formatLong2.date({ width: "full" });
      }
    };
    timeLongFormatter = (pattern, formatLong2) => {
      switch (pattern) {
        case "p":
          return formatLong2.time({ width: "short" });
        case "pp":
          return formatLong2.time({ width: "medium" });
        case "ppp":
          return formatLong2.time({ width: "long" });
        case "pppp":
        default:
          return formatLong2.time({ width: "full" });
      }
    };
    dateTimeLongFormatter = (pattern, formatLong2) => {
      const matchResult = pattern.match(/(P+)(p+)?/) || [];
      const datePattern = matchResult[1];
      const timePattern = matchResult[2];
      if (!timePattern) {
        return dateLongFormatter(pattern, formatLong2);
      }
      let dateTimeFormat;
      switch (datePattern) {
        case "P":
          dateTimeFormat = formatLong2.dateTime({ width: "short" });
          break;
        case "PP":
          dateTimeFormat = formatLong2.dateTime({ width: "medium" });
          break;
        case "PPP":
          dateTimeFormat = formatLong2.dateTime({ width: "long" });
          break;
        case "PPPP":
        default:
          dateTimeFormat = formatLong2.dateTime({ width: "full" });
          break;
      }
      return dateTimeFormat.replace("{{date}}", dateLongFormatter(datePattern, formatLong2)).replace("{{time}}", timeLongFormatter(timePattern, formatLong2));
    };
    longFormatters = {
      p: timeLongFormatter,
      P: dateTimeLongFormatter
    };
  }
});

// node_modules/date-fns/_lib/protectedTokens.js
function isProtectedDayOfYearToken(token) {
  return dayOfYearTokenRE.test(token);
}
function isProtectedWeekYearToken(token) {
  return weekYearTokenRE.test(token);
}
function warnOrThrowProtectedError(token, format2, input) {
  const _message = message(token, format2, input);
  console.warn(_message);
  if (throwTokens.includes(token)) throw new RangeError(_message);
}
function message(token, format2, input) {
  const subject = token[0] === "Y" ? "years" : "days of the month";
  return `Use \`${token.toLowerCase()}\` instead of \`${token}\` (in \`${format2}\`) for formatting ${subject} to the input \`${input}\`; see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md`;
}
var dayOfYearTokenRE, weekYearTokenRE, throwTokens;
var init_protectedTokens = __esm({
  "node_modules/date-fns/_lib/protectedTokens.js"() {
    dayOfYearTokenRE = /^D+$/;
    weekYearTokenRE = /^Y+$/;
    throwTokens = ["D", "DD", "YY", "YYYY"];
  }
});

// node_modules/date-fns/format.js
function format(date2, formatStr, options) {
  const defaultOptions2 = getDefaultOptions();
  const locale = options?.locale ?? defaultOptions2.locale ?? enUS;
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0;
  const originalDate = toDate(date2, options?.in);
  if (!isValid(originalDate)) {
    throw new RangeError("Invalid time value");
  }
  let parts = formatStr.match(longFormattingTokensRegExp).map((substring) => {
    const firstCharacter = substring[0];
    if (firstCharacter === "p" || firstCharacter === "P") {
      const longFormatter = longFormatters[firstCharacter];
      return longFormatter(substring, locale.formatLong);
    }
    return substring;
  }).join("").match(formattingTokensRegExp).map((substring) => {
    if (substring === "''") {
      return { isToken: false, value: "'" };
    }
    const firstCharacter = substring[0];
    if (firstCharacter === "'") {
      return { isToken: false, value: cleanEscapedString(substring) };
    }
    if (formatters[firstCharacter]) {
      return { isToken: true, value: substring };
    }
    if (firstCharacter.match(unescapedLatinCharacterRegExp)) {
      throw new RangeError(
        "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
      );
    }
    return { isToken: false, value: substring };
  });
  if (locale.localize.preprocessor) {
    parts = locale.localize.preprocessor(originalDate, parts);
  }
  const formatterOptions = {
    firstWeekContainsDate,
    weekStartsOn,
    locale
  };
  return parts.map((part) => {
    if (!part.isToken) return part.value;
    const token = part.value;
    if (!options?.useAdditionalWeekYearTokens && isProtectedWeekYearToken(token) || !options?.useAdditionalDayOfYearTokens && isProtectedDayOfYearToken(token)) {
      warnOrThrowProtectedError(token, formatStr, String(date2));
    }
    const formatter = formatters[token[0]];
    return formatter(originalDate, token, locale.localize, formatterOptions);
  }).join("");
}
function cleanEscapedString(input) {
  const matched = input.match(escapedStringRegExp);
  if (!matched) {
    return input;
  }
  return matched[1].replace(doubleQuoteRegExp, "'");
}
var formattingTokensRegExp, longFormattingTokensRegExp, escapedStringRegExp, doubleQuoteRegExp, unescapedLatinCharacterRegExp;
var init_format2 = __esm({
  "node_modules/date-fns/format.js"() {
    init_defaultLocale();
    init_defaultOptions();
    init_formatters();
    init_longFormatters();
    init_protectedTokens();
    init_isValid();
    init_toDate();
    formattingTokensRegExp = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
    longFormattingTokensRegExp = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
    escapedStringRegExp = /^'([^]*?)'?$/;
    doubleQuoteRegExp = /''/g;
    unescapedLatinCharacterRegExp = /[a-zA-Z]/;
  }
});

// src/core/backoff.ts
function backoffDelayMs(failuresBefore, retryAfterMs) {
  const floor = BACKOFF_LADDER_MS[Math.min(failuresBefore, BACKOFF_LADDER_MS.length - 1)];
  return Math.max(floor, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}
function recordFailure(state, failure2, now) {
  return {
    failures: state.failures + 1,
    nextTryAt: addMilliseconds(now, backoffDelayMs(state.failures, failure2.retryAfterMs)),
    kind: failure2.kind,
    message: failure2.message,
    fingerprint: failure2.fingerprint
  };
}
function mayRequest(state, now, fingerprint) {
  if (state.nextTryAt === null || now.getTime() >= state.nextTryAt.getTime()) return true;
  return state.kind === "rejected" && state.fingerprint !== fingerprint;
}
function parseRetryAfter(header, now) {
  if (header === null || header.trim() === "") return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, differenceInMilliseconds(at, now)) : null;
}
function formatNextTry(at, now) {
  const when = isSameDay(at, now) ? format(at, "HH:mm") : formatAbsolute(at, now);
  return `${when} (${formatCountdown(at, now)})`;
}
var MINUTE_MS, BACKOFF_LADDER_MS, MAX_RETRY_AFTER_MS, FAILURE_KINDS, NO_BACKOFF;
var init_backoff = __esm({
  "src/core/backoff.ts"() {
    "use strict";
    init_addMilliseconds();
    init_differenceInMilliseconds();
    init_format2();
    init_isSameDay();
    init_format();
    MINUTE_MS = 6e4;
    BACKOFF_LADDER_MS = [1, 2, 5, 10, 20, 30, 60].map((m) => m * MINUTE_MS);
    MAX_RETRY_AFTER_MS = 24 * 60 * MINUTE_MS;
    FAILURE_KINDS = ["rate_limited", "rejected", "server", "timeout", "network", "malformed", "http"];
    NO_BACKOFF = { failures: 0, nextTryAt: null, kind: null, message: null, fingerprint: null };
  }
});

// src/sources/backoff.ts
function loadBackoff(store, key) {
  const text = store.get(key);
  if (text === void 0) return NO_BACKOFF;
  try {
    const stored2 = storedSchema.parse(JSON.parse(text));
    const nextTryAt = stored2.nextTryAt === null ? null : new Date(stored2.nextTryAt);
    if (nextTryAt !== null && Number.isNaN(nextTryAt.getTime())) return NO_BACKOFF;
    return { ...stored2, nextTryAt };
  } catch {
    return NO_BACKOFF;
  }
}
function saveBackoff(store, key, state) {
  if (state.failures === 0) {
    store.remove(key);
    return;
  }
  store.set(key, JSON.stringify({ ...state, nextTryAt: state.nextTryAt?.toISOString() ?? null }));
}
var storedSchema;
var init_backoff2 = __esm({
  "src/sources/backoff.ts"() {
    "use strict";
    init_zod();
    init_backoff();
    storedSchema = object({
      failures: number2().int().min(0),
      nextTryAt: string2().nullable(),
      kind: _enum(FAILURE_KINDS).nullable(),
      message: string2().nullable(),
      fingerprint: string2().nullable()
    });
  }
});

// src/sources/oauth-http.ts
function statusError(response, host, path, now) {
  const status = response.status;
  if (status === 401 || status === 403) {
    return new OAuthRequestError(
      "rejected",
      `${host} rejected Claude Code's token (HTTP ${status}): run \`claude\` once to refresh it, or log in again with \`claude\``
    );
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
    return new OAuthRequestError("rate_limited", `rate limited by ${host} (HTTP 429)`, retryAfter);
  }
  if (status >= 500) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
    return new OAuthRequestError("server", `${host} had a server error (HTTP ${status})`, retryAfter);
  }
  return new OAuthRequestError("http", `unexpected HTTP ${status} from ${host}${path}`);
}
function transportError(error2, host) {
  if (error2 instanceof Deadline) return new OAuthRequestError("timeout", `${host} ${error2.what}`);
  const cause = error2?.cause;
  const reason = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : error2 instanceof Error ? error2.message : String(error2);
  return new OAuthRequestError("network", `cannot reach ${host} (${reason})`);
}
async function getOAuthJson(path, request) {
  const url = new URL(path, request.baseUrl);
  const host = url.host;
  const deadline = requestDeadline(
    request.timeoutMs,
    Math.min(request.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, request.timeoutMs)
  );
  let text;
  try {
    const response = await request.fetchImpl(url, {
      method: "GET",
      headers: {
        Authorization: `Bearer ${request.accessToken}`,
        "anthropic-beta": OAUTH_BETA,
        Accept: "application/json",
        "User-Agent": CLAUDE_CODE_USER_AGENT
      },
      // Never follow a redirect with the token attached.
      redirect: "error",
      signal: deadline.signal
    });
    deadline.connected();
    if (!response.ok) {
      await response.body?.cancel().catch(() => void 0);
      throw statusError(response, host, path, request.now());
    }
    text = await readCappedText(response);
  } catch (error2) {
    if (error2 instanceof OAuthRequestError) throw error2;
    if (error2 instanceof BodyTooLargeError) {
      throw new OAuthRequestError(
        "malformed",
        `${host}${path} sent an ${error2.message}; refused, nothing was read from it`
      );
    }
    throw transportError(deadline.signal.reason instanceof Deadline ? deadline.signal.reason : error2, host);
  } finally {
    deadline.done();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new OAuthRequestError("malformed", `${host}${path} sent a body that is not JSON`);
  }
}
var DEFAULT_OAUTH_BASE_URL, OAUTH_BETA, CLAUDE_CODE_USER_AGENT, DEFAULT_TIMEOUT_MS2, DEFAULT_CONNECT_TIMEOUT_MS, USAGE_PATH, PROFILE_PATH, OAuthRequestError;
var init_oauth_http = __esm({
  "src/sources/oauth-http.ts"() {
    "use strict";
    init_backoff();
    init_capped_body();
    init_deadline();
    DEFAULT_OAUTH_BASE_URL = "https://api.anthropic.com";
    OAUTH_BETA = "oauth-2025-04-20";
    CLAUDE_CODE_USER_AGENT = "claude-code/2.0.50";
    DEFAULT_TIMEOUT_MS2 = 1e4;
    DEFAULT_CONNECT_TIMEOUT_MS = 5e3;
    USAGE_PATH = "/api/oauth/usage";
    PROFILE_PATH = "/api/oauth/profile";
    OAuthRequestError = class extends Error {
      constructor(kind, message2, retryAfterMs = null) {
        super(message2);
        this.kind = kind;
        this.retryAfterMs = retryAfterMs;
      }
      kind;
      retryAfterMs;
    };
  }
});

// src/sources/oauth-state.ts
function stateKeys(profile) {
  return {
    reading: `oauth.reading:${profile}`,
    profile: `oauth.profile:${profile}`,
    backoff: `oauth.backoff:${profile}`
  };
}
function loginFingerprint(accessToken) {
  return (0, import_node_crypto2.createHash)("sha256").update(accessToken).digest("hex").slice(0, 12);
}
function load(store, key, schema) {
  const text = store.get(key);
  if (text === void 0) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
function loadReading(store, key) {
  const stored2 = load(store, key, readingSchema);
  return stored2 && { ...stored2, fetchedAt: new Date(stored2.fetchedAt) };
}
function saveReading(store, key, reading) {
  store.set(key, JSON.stringify({ ...reading, fetchedAt: reading.fetchedAt.toISOString() }));
}
function loadProfile(store, key) {
  const stored2 = load(store, key, profileSchema);
  return stored2 && { ...stored2, fetchedAt: new Date(stored2.fetchedAt) };
}
function saveProfile(store, key, profile) {
  store.set(key, JSON.stringify({ ...profile, fetchedAt: profile.fetchedAt.toISOString() }));
}
var import_node_crypto2, accountSchema, readingSchema, profileSchema;
var init_oauth_state = __esm({
  "src/sources/oauth-state.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_zod();
    init_schema();
    accountSchema = object({
      orgUuid: string2().nullable(),
      orgName: string2().nullable(),
      email: string2().nullable()
    });
    readingSchema = object({
      fetchedAt: isoInstant,
      usage: record(string2(), unknown()),
      account: accountSchema.nullable()
    });
    profileSchema = object({ fetchedAt: isoInstant, fingerprint: string2(), account: accountSchema });
  }
});

// src/sources/oauth.ts
function kindOf(error2) {
  if (!(error2 instanceof CredentialsError)) return void 0;
  if (error2.problem === "missing") return "not_set_up";
  return error2.problem === "keychain_refused" ? "keychain_denied" : void 0;
}
function oauthReader(options) {
  return { source: "oauth", sourceLabel: OAUTH_SOURCE_LABEL, read: () => readOAuth(options) };
}
async function readOAuth(options) {
  const env = options.env ?? process.env;
  let login = null;
  try {
    login = await readClaudeCodeLogin({
      env,
      homeDir: options.homeDir,
      keychain: options.keychain ?? null,
      platform: options.platform,
      keychainHint: options.keychainHint
    });
    const snapshots = await readWithLogin(login, options, env);
    const readWith = login;
    return snapshots.map((s) => ({ ...s, errors: s.errors.map((e) => redactLogin(e, readWith)) }));
  } catch (error2) {
    throw new OAuthSourceError(redactLogin(errorMessage(error2), login), kindOf(error2));
  }
}
function snapshotOf(reading, errors, usage2 = parseUsage(reading.usage)) {
  return {
    source: "oauth",
    sourceLabel: OAUTH_SOURCE_LABEL,
    orgUuid: reading.account?.orgUuid ?? null,
    orgName: reading.account?.orgName ?? null,
    accountEmail: reading.account?.email ?? null,
    fetchedAt: reading.fetchedAt,
    usage: usage2,
    overage: null,
    subscription: null,
    errors
  };
}
function accountFromProfile(raw) {
  const parsed = oauthProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OAuthRequestError("malformed", `unexpected ${PROFILE_PATH} body: ${describeZodError(parsed.error)}`);
  }
  const { account, organization } = parsed.data;
  return { orgUuid: organization?.uuid ?? null, orgName: organization?.name ?? null, email: account?.email ?? null };
}
function usageBody(raw) {
  try {
    return { raw, usage: parseUsage(raw) };
  } catch (error2) {
    if (error2 instanceof UsageShapeError) {
      throw new OAuthRequestError("malformed", `unexpected ${USAGE_PATH} body: ${error2.message}`);
    }
    throw error2;
  }
}
function asRequestError(error2) {
  return error2 instanceof OAuthRequestError ? error2 : new OAuthRequestError("network", errorMessage(error2));
}
function isFresh(reading, now) {
  if (!reading) return false;
  const age = differenceInMilliseconds(now, reading.fetchedAt);
  return age >= 0 && age < FRESH_READING_MS;
}
function usableProfile(profile, fingerprint, now) {
  if (!profile || profile.fingerprint !== fingerprint) return null;
  const age = differenceInMilliseconds(now, profile.fetchedAt);
  return age >= 0 && age < PROFILE_MAX_AGE_MS ? profile : null;
}
function resolveBaseUrl(options, env) {
  const base = options.baseUrl ?? (env[OAUTH_BASE_URL_ENV] || DEFAULT_OAUTH_BASE_URL);
  const url = URL.canParse(base) ? new URL(base) : null;
  if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new OAuthSourceError(`${OAUTH_BASE_URL_ENV}: not an http(s) URL: ${base}`);
  }
  return base;
}
function saveOrNote(save, notes) {
  try {
    save();
  } catch (error2) {
    const code = error2.code;
    const note = `cannot save this source's state${code ? ` (${code})` : ""}: readings are not kept between launches`;
    if (!notes.includes(note)) notes.push(note);
  }
}
async function readWithLogin(login, options, env) {
  const { store } = options;
  const baseUrl = resolveBaseUrl(options, env);
  const clock = options.now ?? (() => /* @__PURE__ */ new Date());
  const now = clock();
  const keys = stateKeys(login.profile);
  const stored2 = loadReading(store, keys.reading);
  const last = stored2 && !isFromTheFuture(stored2.fetchedAt, now) ? stored2 : null;
  const notes = [];
  const serveLast = (message2) => {
    if (last) return [snapshotOf(last, [message2, ...notes])];
    throw new OAuthSourceError([message2, ...notes].join("; "));
  };
  if (login.expiresAt && login.expiresAt.getTime() <= now.getTime()) {
    return serveLast(
      `Claude Code's token expired ${formatAge(login.expiresAt, now)} (${formatAbsolute(login.expiresAt, now)}): run \`claude\` once to refresh it`
    );
  }
  if (isFresh(last, now)) return [snapshotOf(last, [])];
  const fingerprint = loginFingerprint(login.accessToken);
  const backoff = loadBackoff(store, keys.backoff);
  if (!mayRequest(backoff, now, fingerprint) && backoff.nextTryAt) {
    return serveLast(
      `${backoff.message ?? "last request failed"}; next try at ${formatNextTry(backoff.nextTryAt, now)}`
    );
  }
  const request = {
    baseUrl,
    accessToken: login.accessToken,
    fetchImpl: options.fetchImpl ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS2,
    connectTimeoutMs: options.connectTimeoutMs,
    now: clock
  };
  const cachedProfile = usableProfile(loadProfile(store, keys.profile), fingerprint, now);
  const [usageOutcome, profileOutcome] = await Promise.allSettled([
    getOAuthJson(USAGE_PATH, request).then(usageBody),
    cachedProfile ? Promise.resolve(cachedProfile.account) : getOAuthJson(PROFILE_PATH, request).then(accountFromProfile)
  ]);
  if (profileOutcome.status === "fulfilled" && !cachedProfile) {
    const account = profileOutcome.value;
    saveOrNote(() => saveProfile(store, keys.profile, { fetchedAt: now, fingerprint, account }), notes);
  }
  if (usageOutcome.status === "rejected") {
    const failure2 = asRequestError(usageOutcome.reason);
    const message2 = redactLogin(failure2.message, login);
    const next = recordFailure(
      backoff,
      { kind: failure2.kind, message: message2, retryAfterMs: failure2.retryAfterMs, fingerprint },
      now
    );
    saveOrNote(() => saveBackoff(store, keys.backoff, next), notes);
    return serveLast(`${message2}; next try at ${formatNextTry(next.nextTryAt ?? now, now)}`);
  }
  const profileErrors = profileOutcome.status === "rejected" ? [`profile: ${asRequestError(profileOutcome.reason).message}`] : [];
  const reading = {
    fetchedAt: now,
    usage: usageOutcome.value.raw,
    account: profileOutcome.status === "fulfilled" ? profileOutcome.value : null
  };
  saveOrNote(() => saveBackoff(store, keys.backoff, NO_BACKOFF), notes);
  saveOrNote(() => saveReading(store, keys.reading, reading), notes);
  return [snapshotOf(reading, [...profileErrors, ...notes], usageOutcome.value.usage)];
}
var OAUTH_SOURCE_LABEL, OAUTH_BASE_URL_ENV, FRESH_READING_MS, PROFILE_MAX_AGE_MS, OAuthSourceError;
var init_oauth = __esm({
  "src/sources/oauth.ts"() {
    "use strict";
    init_differenceInMilliseconds();
    init_clock();
    init_schema();
    init_format();
    init_usage();
    init_backoff();
    init_backoff2();
    init_credentials();
    init_load();
    init_oauth_http();
    init_oauth_state();
    OAUTH_SOURCE_LABEL = "Claude Code";
    OAUTH_BASE_URL_ENV = "CLAUDE_PLAN_METER_OAUTH_BASE_URL";
    FRESH_READING_MS = 6e4;
    PROFILE_MAX_AGE_MS = 24 * 60 * 6e4;
    OAuthSourceError = class extends SourceError {
    };
  }
});

// src/cli/collect.ts
function liveReaders(options, store) {
  const readers = [lastReadingsReader(lastReadingsPath(), ["statusline"])];
  if (options.bridge) readers.push(bridgeReader({ url: options.bridgeUrl }));
  if (options.oauth) readers.push(oauthReader({ store, keychain: keychainReaderFor(options.keychain) }));
  return readers;
}
async function collect(options, store) {
  if (options.file) return { snapshots: await readSnapshotFile(options.file), failures: [] };
  return loadSnapshots(liveReaders(options, store));
}
var init_collect = __esm({
  "src/cli/collect.ts"() {
    "use strict";
    init_bridge();
    init_file();
    init_keychain();
    init_last_readings2();
    init_load();
    init_oauth();
  }
});

// src/core/merge.ts
function accountId(s) {
  if (s.orgUuid) return `org:${s.orgUuid}`;
  if (s.accountEmail) return `email:${s.accountEmail.toLowerCase()}`;
  return `source:${s.sourceLabel}`;
}
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
function describeFailures(failures) {
  return failures.map((f) => `${f.sourceLabel}: ${f.message}`);
}
var DEFAULT_STALE_AFTER_MS, time2;
var init_merge = __esm({
  "src/core/merge.ts"() {
    "use strict";
    init_clock();
    init_format();
    init_money();
    DEFAULT_STALE_AFTER_MS = 10 * 60 * 1e3;
    time2 = (d) => d?.getTime() ?? Number.NEGATIVE_INFINITY;
  }
});

// src/core/history.ts
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
  const live2 = Object.entries(history).filter(([, s]) => kept(s)).sort(([, a], [, b]) => b[b.length - 1].at - a[a.length - 1].at).slice(0, MAX_SERIES);
  return Object.fromEntries(live2);
}
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
var HISTORY_MAX_AGE_MS, FINE_SPAN_MS, FINE_STEP_MS, COARSE_STEP_MS, RESET_JITTER_MS, MAX_SERIES, sameReading, sampleSchema;
var init_history = __esm({
  "src/core/history.ts"() {
    "use strict";
    init_mini();
    init_clock();
    init_once();
    HISTORY_MAX_AGE_MS = 7 * 24 * 60 * 6e4;
    FINE_SPAN_MS = 60 * 6e4;
    FINE_STEP_MS = 6e4;
    COARSE_STEP_MS = 15 * 6e4;
    RESET_JITTER_MS = 2 * 6e4;
    MAX_SERIES = 256;
    sameReading = (a, b) => a.percent === b.percent && a.resetsAt === b.resetsAt;
    sampleSchema = once(
      () => object2({
        at: number3(),
        percent: number3().check(_nonnegative()),
        resetsAt: nullable2(number3())
      })
    );
  }
});

// src/sources/store.ts
function readStoredJson(store, key, parse3, empty) {
  const text = store.get(key);
  if (text === void 0) return empty;
  try {
    return parse3(JSON.parse(text));
  } catch {
    return empty;
  }
}
var import_node_fs5, FileStore;
var init_store = __esm({
  "src/sources/store.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_atomic_file();
    FileStore = class {
      constructor(path) {
        this.path = path;
      }
      path;
      read() {
        try {
          const parsed = JSON.parse((0, import_node_fs5.readFileSync)(this.path, "utf8"));
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
  }
});

// src/sources/history-store.ts
function loadHistory(store) {
  return readStoredJson(store, HISTORY_KEY, parseHistory, {});
}
function combineHistories(...histories) {
  const combined = /* @__PURE__ */ new Map();
  for (const history of histories) {
    for (const [key, series] of Object.entries(history)) combined.set(key, [...combined.get(key) ?? [], ...series]);
  }
  return parseHistory(Object.fromEntries(combined));
}
function recordHistory(store, accounts, elsewhere, now) {
  const history = recordAccounts(combineHistories(loadHistory(store), elsewhere), accounts, now);
  store.set(HISTORY_KEY, JSON.stringify(history));
  return history;
}
var HISTORY_KEY;
var init_history_store = __esm({
  "src/sources/history-store.ts"() {
    "use strict";
    init_history();
    init_store();
    HISTORY_KEY = "history";
  }
});

// src/cli/statusline/refresh.ts
function takeRefreshLock(path, now = Date.now()) {
  try {
    if (now - (0, import_node_fs6.statSync)(path).mtimeMs < LOCK_TTL_MS) return false;
    (0, import_node_fs6.rmSync)(path, { force: true });
  } catch {
  }
  try {
    (0, import_node_fs6.mkdirSync)((0, import_node_path6.dirname)(path), { recursive: true, mode: 448 });
    (0, import_node_fs6.writeFileSync)(path, String(process.pid), { flag: "wx", mode: 384 });
    return true;
  } catch {
    return false;
  }
}
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
var import_node_fs6, import_node_path6, REFRESH_AFTER_MS, LOCK_TTL_MS, REFRESH_LOCK_FILE, refreshLockPath, releaseRefreshLock;
var init_refresh = __esm({
  "src/cli/statusline/refresh.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    init_state_path();
    REFRESH_AFTER_MS = 6e4;
    LOCK_TTL_MS = 6e4;
    REFRESH_LOCK_FILE = "refresh.lock";
    refreshLockPath = () => (0, import_node_path6.join)((0, import_node_path6.dirname)(defaultStatePath()), REFRESH_LOCK_FILE);
    releaseRefreshLock = (path) => (0, import_node_fs6.rmSync)(path, { force: true });
  }
});

// src/core/jitless.ts
var init_jitless = __esm({
  "src/core/jitless.ts"() {
    "use strict";
    init_mini();
    config({ jitless: true });
  }
});

// src/cli/write-out.ts
function writeOut(text, fd = 1) {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += (0, import_node_fs7.writeSync)(fd, bytes, written);
    } catch (error2) {
      const code = error2.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw error2;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
var import_node_fs7, pause;
var init_write_out = __esm({
  "src/cli/write-out.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    pause = new Int32Array(new SharedArrayBuffer(4));
  }
});

// src/cli/paint.ts
var COLOURS, plain, ansi, noColor;
var init_paint = __esm({
  "src/cli/paint.ts"() {
    "use strict";
    COLOURS = { ok: "32", warning: "33", critical: "31", dim: "2" };
    plain = (text) => text;
    ansi = (text, tone) => `\x1B[${COLOURS[tone]}m${text}\x1B[0m`;
    noColor = (env = process.env) => Boolean(env.NO_COLOR);
  }
});

// src/core/forecast.ts
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
  const rate2 = leastSquaresSlope(recent);
  const atLimit = window.percent >= CRITICAL_AT;
  if (atLimit) {
    return { verdict: "hits_limit", ratePerHour: rate2, limitAt: now, atLimit, resetsAt, reason: null };
  }
  if (rate2 === null) return insufficient("too_few_readings", resetsAt);
  if (now.getTime() - newest.at > RATE_SPAN_MS) return insufficient("stale", resetsAt);
  if (recent.every((s) => s.percent === newest.percent)) return insufficient("flat", resetsAt);
  const onPace = { verdict: "on_pace", ratePerHour: rate2, limitAt: null, atLimit, resetsAt, reason: null };
  if (rate2 <= 0) return onPace;
  const projected = addMilliseconds(new Date(newest.at), (CRITICAL_AT - newest.percent) / rate2 * HOUR_MS);
  const deadline = resetsAt?.getTime() ?? now.getTime() + NO_RESET_HORIZON_MS;
  if (projected.getTime() >= deadline) return onPace;
  const limitAt = projected.getTime() < now.getTime() ? now : projected;
  return { ...onPace, verdict: "hits_limit", limitAt };
}
function formatRate(ratePerHour) {
  const rounded = Math.round(ratePerHour * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "";
  return `${sign}${Math.abs(rounded)} %/h`;
}
function describeForecast(f, now) {
  const reset = resetsIn(f.resetsAt, now);
  const withReset = (text) => reset ? `${text}, ${reset}` : text;
  if (f.atLimit) return withReset("at limit");
  if (f.verdict === "hits_limit" && f.limitAt) {
    return withReset(`limit in ~${formatSpan(differenceInSeconds(f.limitAt, now))}`);
  }
  if (f.verdict === "on_pace" && f.ratePerHour !== null) return `on pace (${formatRate(f.ratePerHour)})`;
  return INSUFFICIENT_TEXT[f.reason ?? "too_few_readings"];
}
function shortForecast(f, now) {
  if (f.atLimit) return "at limit";
  if (f.verdict === "hits_limit" && f.limitAt) return `limit ~${formatSpan(differenceInSeconds(f.limitAt, now))}`;
  return f.verdict === "on_pace" ? "on pace" : "";
}
var RATE_SPAN_MS, NO_RESET_HORIZON_MS, HOUR_MS, insufficient, INSUFFICIENT_TEXT, resetsIn;
var init_forecast = __esm({
  "src/core/forecast.ts"() {
    "use strict";
    init_addMilliseconds();
    init_differenceInSeconds();
    init_format();
    init_history();
    init_windows();
    RATE_SPAN_MS = 90 * 6e4;
    NO_RESET_HORIZON_MS = 7 * 24 * 60 * 6e4;
    HOUR_MS = 60 * 6e4;
    insufficient = (reason, resetsAt) => ({
      verdict: "insufficient_data",
      ratePerHour: null,
      limitAt: null,
      atLimit: false,
      resetsAt,
      reason
    });
    INSUFFICIENT_TEXT = {
      not_live: "no forecast",
      too_few_readings: "not enough data yet",
      stale: "no recent readings",
      flat: "no change lately"
    };
    resetsIn = (resetsAt, now) => resetsAt ? `resets in ${formatSpan(differenceInSeconds(resetsAt, now))}` : null;
  }
});

// src/core/view.ts
function pressureOf(w, now) {
  const rate2 = w.forecast.ratePerHour;
  if (w.forecast.verdict === "insufficient_data" || rate2 === null || rate2 <= 0) return w.percent;
  const untilReset = w.resetsAt ? (w.resetsAt.getTime() - now.getTime()) / 36e5 : Infinity;
  return w.percent + rate2 * Math.max(0, Math.min(PRESSURE_HORIZON_HOURS, untilReset));
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
var STATE_RANK, PRESSURE_HORIZON_HOURS;
var init_view = __esm({
  "src/core/view.ts"() {
    "use strict";
    init_forecast();
    init_format();
    init_history();
    init_windows();
    STATE_RANK = { active: 0, not_started: 1, reset_pending: 2 };
    PRESSURE_HORIZON_HOURS = 1;
  }
});

// src/core/summary.ts
function shownPercent(w, compact2 = false) {
  return w.state === "reset_pending" ? "\u21BB" : formatPercent(w.percent, compact2);
}
function extraUsageLine(extra) {
  const parts = [];
  if (extra.used !== null) {
    const used = formatMoney(extra.used, extra.currency);
    parts.push(extra.limit !== null ? `${used} of ${formatMoney(extra.limit, extra.currency)}` : `${used} used`);
  }
  if (extra.percent !== null) parts.push(formatPercent(extra.percent));
  parts.push(extra.enabled ? "enabled" : "disabled");
  if (extra.disabledReason) parts.push(humaniseReason(extra.disabledReason));
  return `Extra usage: ${parts.join(" \xB7 ")}`;
}
var STALE_MARK;
var init_summary = __esm({
  "src/core/summary.ts"() {
    "use strict";
    init_format();
    init_money();
    init_view();
    init_windows();
    STALE_MARK = "\u231B";
  }
});

// src/core/status-line.ts
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
function renderTemplate(template, fields) {
  const filled = template.replace(
    FIELD,
    (match2, name2) => Object.hasOwn(fields, name2) ? fields[name2] : match2
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
var DEFAULT_FORMAT, FIELDS, FIELD, SEPARATOR, ANSI, visible;
var init_status_line = __esm({
  "src/core/status-line.ts"() {
    "use strict";
    init_differenceInSeconds();
    init_format();
    init_summary();
    init_view();
    DEFAULT_FORMAT = "{binding} {binding_reset} \xB7 {five_hour} {five_hour_reset} \xB7 {forecast} \xB7 {stale}";
    FIELDS = {
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
    FIELD = /\{([a-z_]+)\}/g;
    SEPARATOR = " \xB7 ";
    ANSI = /\u001b\[[0-9;]*m/g;
    visible = (text) => text.replace(ANSI, "").trim();
  }
});

// src/cli/statusline/args.ts
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
  const unknown3 = unknownFields(values.format);
  if (unknown3.length > 0) {
    throw new UsageError(`--format: unknown field ${unknown3.map((f) => `{${f}}`).join(", ")} (see --help)`);
  }
  return {
    ...sourceOptions(values),
    format: values.format,
    printSetting: values["print-setting"],
    refresh: values.refresh,
    help: values.help
  };
}
var fieldLines, STATUSLINE_USAGE;
var init_args2 = __esm({
  "src/cli/statusline/args.ts"() {
    "use strict";
    init_args();
    init_status_line();
    fieldLines = Object.entries(FIELDS).map(([name2, what]) => `  {${name2}}`.padEnd(23) + what).join("\n");
    STATUSLINE_USAGE = `Usage: claude-plan-meter statusline [options]

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
  }
});

// src/sources/node-binding.ts
function pendingDeprecation() {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return flags.includes("--pending-deprecation") || process.env.NODE_PENDING_DEPRECATION === "1";
}
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
var isObject2;
var init_node_binding = __esm({
  "src/sources/node-binding.ts"() {
    "use strict";
    isObject2 = (value) => typeof value === "object" && value !== null;
  }
});

// src/cli/statusline/pipe-handle.ts
function binding() {
  if (process.platform === "win32") return null;
  const pipe2 = nodeBinding("pipe_wrap");
  const stream = nodeBinding("stream_wrap");
  if (!pipe2 || !stream || !isObject2(pipe2.constants)) return null;
  const { Pipe, constants: constants2 } = pipe2;
  const { streamBaseState: state, kReadBytesOrError: bytesOrError, kArrayBufferOffset: offset } = stream;
  if (typeof Pipe !== "function" || typeof constants2.SOCKET !== "number" || !(state instanceof Int32Array)) return null;
  if (typeof bytesOrError !== "number" || typeof offset !== "number") return null;
  return { Pipe, socket: constants2.SOCKET, state, bytesOrError, offset };
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
    let open2 = true;
    const stop = () => {
      if (!open2) return;
      open2 = false;
      handle.readStop();
      handle.close();
    };
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytes;
      try {
        bytes = (0, import_node_fs8.readSync)(fd, chunk, 0, CHUNK_BYTES, null);
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
var import_node_fs8, CHUNK_BYTES;
var init_pipe_handle = __esm({
  "src/cli/statusline/pipe-handle.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    init_node_binding();
    CHUNK_BYTES = 64 * 1024;
  }
});

// src/cli/statusline/stdin.ts
function readPipe(read, maxBytes, timeoutMs) {
  return new Promise((resolve3) => {
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
      resolve3(Buffer.concat(chunks).toString("utf8"));
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
    bytes = (0, import_node_fs9.readSync)(fd, buffer, size, maxBytes - size, null);
  }
  return buffer.subarray(0, size).toString("utf8");
}
async function readStdin({ maxBytes = STDIN_MAX_BYTES, timeoutMs = STDIN_TIMEOUT_MS } = {}) {
  try {
    const stat = (0, import_node_fs9.fstatSync)(0);
    if (stat.isCharacterDevice()) return "";
    if (stat.isFile()) return readFile(0, maxBytes);
  } catch {
    return "";
  }
  return readPipe(pipeHandleReader(0) ?? streamReader(process.stdin), maxBytes, timeoutMs);
}
var import_node_fs9, STDIN_MAX_BYTES, STDIN_TIMEOUT_MS, streamReader;
var init_stdin = __esm({
  "src/cli/statusline/stdin.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    init_pipe_handle();
    STDIN_MAX_BYTES = 256 * 1024;
    STDIN_TIMEOUT_MS = 250;
    streamReader = (stdin) => (onChunk, onEnd) => {
      const onData = (chunk) => void onChunk(chunk);
      stdin.on("data", onData);
      stdin.once("end", onEnd);
      stdin.once("error", onEnd);
      return () => {
        stdin.removeListener("data", onData);
        stdin.destroy();
      };
    };
  }
});

// src/core/status-input.ts
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
var STATUS_LINE_SOURCE_LABEL, NO_STATUS_INPUT, isObject3;
var init_status_input = __esm({
  "src/core/status-input.ts"() {
    "use strict";
    init_usage_schema();
    init_text();
    init_usage();
    STATUS_LINE_SOURCE_LABEL = "Claude Code status line";
    NO_STATUS_INPUT = { model: null, windows: null };
    isObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  }
});

// src/core/status-setting.ts
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
var CLI_BUNDLE_ASSET;
var init_status_setting = __esm({
  "src/core/status-setting.ts"() {
    "use strict";
    CLI_BUNDLE_ASSET = "cli/claude-plan-meter.js";
  }
});

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
  const live2 = shownSources(options).filter((s) => s !== "statusline");
  const fetched = newestFetched(recorded, live2);
  const due = mayRefresh && live2.length > 0 && (fetched === null || clock.getTime() - fetched.getTime() > REFRESH_AFTER_MS);
  const refreshing = due && await startBackgroundRefresh(argv, options, refreshLockPath());
  const sources = shownSources(options);
  return {
    snapshots: recorded.filter((s) => sources.includes(s.source)),
    noData: live2.length === 0 ? "no source enabled" : refreshing || due ? "fetching in the background" : "no readings yet"
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
  const script = (0, import_node_path7.resolve)(process.argv[1] ?? ".");
  return script.endsWith(".js") ? script : (0, import_node_path7.resolve)(__dirname, "../../../assets", CLI_BUNDLE_ASSET);
}
async function run(argv, live2) {
  const options = parseStatuslineArgs(argv);
  if (options.help) return STATUSLINE_USAGE;
  if (options.printSetting) return statusLineSettingJson(process.execPath, bundlePath());
  const paint = noColor() ? plain : ansi;
  if (options.file || options.refresh) {
    if (!live2) throw new Error("--file and --refresh run through claude-plan-meter.js, not the status line's bundle");
    if (options.refresh) await live2.refreshNow(options);
    if (options.file) {
      return render(await live2.fileReadings(options.file), { model: null, windows: null }, options, paint);
    }
  }
  const input = parseStatusInput(await readStdin());
  return render(await recordedReadings(input, options, argv), input, options, paint);
}
var import_node_path7, statuslineWith;
var init_line = __esm({
  "src/cli/statusline/line.ts"() {
    "use strict";
    init_jitless();
    import_node_path7 = require("node:path");
    init_args();
    init_write_out();
    init_paint();
    init_args2();
    init_refresh();
    init_stdin();
    init_clock();
    init_history();
    init_last_readings();
    init_status_input();
    init_status_line();
    init_status_setting();
    init_view();
    init_merge();
    init_history_store();
    init_last_readings2();
    init_state_path();
    init_store();
    statuslineWith = (live2) => async function statuslineCommand2(argv) {
      let line;
      try {
        line = await run(argv, live2);
      } catch (error2) {
        const message2 = error2 instanceof Error ? error2.message : String(error2);
        line = `claude-plan-meter: ${error2 instanceof UsageError ? message2 : message2.split("\n")[0]}`;
      }
      writeOut(`${line}
`);
      return 0;
    };
  }
});

// src/cli/statusline/command.ts
var command_exports = {};
__export(command_exports, {
  statuslineCommand: () => statuslineCommand
});
var live, statuslineCommand;
var init_command = __esm({
  "src/cli/statusline/command.ts"() {
    "use strict";
    init_collect();
    init_merge();
    init_file();
    init_history_store();
    init_last_readings2();
    init_state_path();
    init_store();
    init_refresh();
    init_line();
    live = {
      fileReadings: async (file) => ({ snapshots: await readSnapshotFile(file), noData: "no windows in the file" }),
      async refreshNow(options) {
        try {
          const store = new FileStore(defaultStatePath());
          const { snapshots } = await collect({ ...options, file: null }, store);
          const now = /* @__PURE__ */ new Date();
          tryRecordLastReadings(lastReadingsPath(), snapshots, now);
          const accounts = mergeSnapshots(snapshots, { now, staleAfterMs: options.staleAfterMinutes * 6e4 });
          recordHistory(store, accounts, {}, now);
        } finally {
          releaseRefreshLock(refreshLockPath());
        }
      }
    };
    statuslineCommand = statuslineWith(live);
  }
});

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
var init_json = __esm({
  "src/core/ledger/json.ts"() {
    "use strict";
  }
});

// node_modules/date-fns/addDays.js
var init_addDays = __esm({
  "node_modules/date-fns/addDays.js"() {
  }
});

// node_modules/date-fns/addMonths.js
var init_addMonths = __esm({
  "node_modules/date-fns/addMonths.js"() {
  }
});

// node_modules/date-fns/add.js
var init_add = __esm({
  "node_modules/date-fns/add.js"() {
  }
});

// node_modules/date-fns/isSaturday.js
var init_isSaturday = __esm({
  "node_modules/date-fns/isSaturday.js"() {
  }
});

// node_modules/date-fns/isSunday.js
var init_isSunday = __esm({
  "node_modules/date-fns/isSunday.js"() {
  }
});

// node_modules/date-fns/isWeekend.js
var init_isWeekend = __esm({
  "node_modules/date-fns/isWeekend.js"() {
  }
});

// node_modules/date-fns/addBusinessDays.js
var init_addBusinessDays = __esm({
  "node_modules/date-fns/addBusinessDays.js"() {
  }
});

// node_modules/date-fns/addHours.js
var init_addHours = __esm({
  "node_modules/date-fns/addHours.js"() {
  }
});

// node_modules/date-fns/setISOWeekYear.js
var init_setISOWeekYear = __esm({
  "node_modules/date-fns/setISOWeekYear.js"() {
  }
});

// node_modules/date-fns/addISOWeekYears.js
var init_addISOWeekYears = __esm({
  "node_modules/date-fns/addISOWeekYears.js"() {
  }
});

// node_modules/date-fns/addMinutes.js
var init_addMinutes = __esm({
  "node_modules/date-fns/addMinutes.js"() {
  }
});

// node_modules/date-fns/addQuarters.js
var init_addQuarters = __esm({
  "node_modules/date-fns/addQuarters.js"() {
  }
});

// node_modules/date-fns/addSeconds.js
var init_addSeconds = __esm({
  "node_modules/date-fns/addSeconds.js"() {
  }
});

// node_modules/date-fns/addWeeks.js
var init_addWeeks = __esm({
  "node_modules/date-fns/addWeeks.js"() {
  }
});

// node_modules/date-fns/addYears.js
var init_addYears = __esm({
  "node_modules/date-fns/addYears.js"() {
  }
});

// node_modules/date-fns/areIntervalsOverlapping.js
var init_areIntervalsOverlapping = __esm({
  "node_modules/date-fns/areIntervalsOverlapping.js"() {
  }
});

// node_modules/date-fns/min.js
var init_min = __esm({
  "node_modules/date-fns/min.js"() {
  }
});

// node_modules/date-fns/clamp.js
var init_clamp = __esm({
  "node_modules/date-fns/clamp.js"() {
  }
});

// node_modules/date-fns/closestIndexTo.js
var init_closestIndexTo = __esm({
  "node_modules/date-fns/closestIndexTo.js"() {
  }
});

// node_modules/date-fns/closestTo.js
var init_closestTo = __esm({
  "node_modules/date-fns/closestTo.js"() {
  }
});

// node_modules/date-fns/compareAsc.js
var init_compareAsc = __esm({
  "node_modules/date-fns/compareAsc.js"() {
  }
});

// node_modules/date-fns/compareDesc.js
var init_compareDesc = __esm({
  "node_modules/date-fns/compareDesc.js"() {
  }
});

// node_modules/date-fns/constructNow.js
var init_constructNow = __esm({
  "node_modules/date-fns/constructNow.js"() {
  }
});

// node_modules/date-fns/daysToWeeks.js
var init_daysToWeeks = __esm({
  "node_modules/date-fns/daysToWeeks.js"() {
  }
});

// node_modules/date-fns/differenceInBusinessDays.js
var init_differenceInBusinessDays = __esm({
  "node_modules/date-fns/differenceInBusinessDays.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarISOWeekYears.js
var init_differenceInCalendarISOWeekYears = __esm({
  "node_modules/date-fns/differenceInCalendarISOWeekYears.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarISOWeeks.js
var init_differenceInCalendarISOWeeks = __esm({
  "node_modules/date-fns/differenceInCalendarISOWeeks.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarMonths.js
var init_differenceInCalendarMonths = __esm({
  "node_modules/date-fns/differenceInCalendarMonths.js"() {
  }
});

// node_modules/date-fns/getQuarter.js
var init_getQuarter = __esm({
  "node_modules/date-fns/getQuarter.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarQuarters.js
var init_differenceInCalendarQuarters = __esm({
  "node_modules/date-fns/differenceInCalendarQuarters.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarWeeks.js
var init_differenceInCalendarWeeks = __esm({
  "node_modules/date-fns/differenceInCalendarWeeks.js"() {
  }
});

// node_modules/date-fns/differenceInCalendarYears.js
var init_differenceInCalendarYears = __esm({
  "node_modules/date-fns/differenceInCalendarYears.js"() {
  }
});

// node_modules/date-fns/differenceInDays.js
var init_differenceInDays = __esm({
  "node_modules/date-fns/differenceInDays.js"() {
  }
});

// node_modules/date-fns/differenceInHours.js
var init_differenceInHours = __esm({
  "node_modules/date-fns/differenceInHours.js"() {
  }
});

// node_modules/date-fns/subISOWeekYears.js
var init_subISOWeekYears = __esm({
  "node_modules/date-fns/subISOWeekYears.js"() {
  }
});

// node_modules/date-fns/differenceInISOWeekYears.js
var init_differenceInISOWeekYears = __esm({
  "node_modules/date-fns/differenceInISOWeekYears.js"() {
  }
});

// node_modules/date-fns/differenceInMinutes.js
var init_differenceInMinutes = __esm({
  "node_modules/date-fns/differenceInMinutes.js"() {
  }
});

// node_modules/date-fns/endOfDay.js
var init_endOfDay = __esm({
  "node_modules/date-fns/endOfDay.js"() {
  }
});

// node_modules/date-fns/endOfMonth.js
var init_endOfMonth = __esm({
  "node_modules/date-fns/endOfMonth.js"() {
  }
});

// node_modules/date-fns/isLastDayOfMonth.js
var init_isLastDayOfMonth = __esm({
  "node_modules/date-fns/isLastDayOfMonth.js"() {
  }
});

// node_modules/date-fns/differenceInMonths.js
var init_differenceInMonths = __esm({
  "node_modules/date-fns/differenceInMonths.js"() {
  }
});

// node_modules/date-fns/differenceInQuarters.js
var init_differenceInQuarters = __esm({
  "node_modules/date-fns/differenceInQuarters.js"() {
  }
});

// node_modules/date-fns/differenceInWeeks.js
var init_differenceInWeeks = __esm({
  "node_modules/date-fns/differenceInWeeks.js"() {
  }
});

// node_modules/date-fns/differenceInYears.js
var init_differenceInYears = __esm({
  "node_modules/date-fns/differenceInYears.js"() {
  }
});

// node_modules/date-fns/eachDayOfInterval.js
var init_eachDayOfInterval = __esm({
  "node_modules/date-fns/eachDayOfInterval.js"() {
  }
});

// node_modules/date-fns/eachHourOfInterval.js
var init_eachHourOfInterval = __esm({
  "node_modules/date-fns/eachHourOfInterval.js"() {
  }
});

// node_modules/date-fns/eachMinuteOfInterval.js
var init_eachMinuteOfInterval = __esm({
  "node_modules/date-fns/eachMinuteOfInterval.js"() {
  }
});

// node_modules/date-fns/eachMonthOfInterval.js
var init_eachMonthOfInterval = __esm({
  "node_modules/date-fns/eachMonthOfInterval.js"() {
  }
});

// node_modules/date-fns/startOfQuarter.js
var init_startOfQuarter = __esm({
  "node_modules/date-fns/startOfQuarter.js"() {
  }
});

// node_modules/date-fns/eachQuarterOfInterval.js
var init_eachQuarterOfInterval = __esm({
  "node_modules/date-fns/eachQuarterOfInterval.js"() {
  }
});

// node_modules/date-fns/eachWeekOfInterval.js
var init_eachWeekOfInterval = __esm({
  "node_modules/date-fns/eachWeekOfInterval.js"() {
  }
});

// node_modules/date-fns/eachWeekendOfInterval.js
var init_eachWeekendOfInterval = __esm({
  "node_modules/date-fns/eachWeekendOfInterval.js"() {
  }
});

// node_modules/date-fns/startOfMonth.js
var init_startOfMonth = __esm({
  "node_modules/date-fns/startOfMonth.js"() {
  }
});

// node_modules/date-fns/eachWeekendOfMonth.js
var init_eachWeekendOfMonth = __esm({
  "node_modules/date-fns/eachWeekendOfMonth.js"() {
  }
});

// node_modules/date-fns/endOfYear.js
var init_endOfYear = __esm({
  "node_modules/date-fns/endOfYear.js"() {
  }
});

// node_modules/date-fns/eachWeekendOfYear.js
var init_eachWeekendOfYear = __esm({
  "node_modules/date-fns/eachWeekendOfYear.js"() {
  }
});

// node_modules/date-fns/eachYearOfInterval.js
var init_eachYearOfInterval = __esm({
  "node_modules/date-fns/eachYearOfInterval.js"() {
  }
});

// node_modules/date-fns/endOfDecade.js
var init_endOfDecade = __esm({
  "node_modules/date-fns/endOfDecade.js"() {
  }
});

// node_modules/date-fns/endOfHour.js
var init_endOfHour = __esm({
  "node_modules/date-fns/endOfHour.js"() {
  }
});

// node_modules/date-fns/endOfWeek.js
var init_endOfWeek = __esm({
  "node_modules/date-fns/endOfWeek.js"() {
  }
});

// node_modules/date-fns/endOfISOWeek.js
var init_endOfISOWeek = __esm({
  "node_modules/date-fns/endOfISOWeek.js"() {
  }
});

// node_modules/date-fns/endOfISOWeekYear.js
var init_endOfISOWeekYear = __esm({
  "node_modules/date-fns/endOfISOWeekYear.js"() {
  }
});

// node_modules/date-fns/endOfMinute.js
var init_endOfMinute = __esm({
  "node_modules/date-fns/endOfMinute.js"() {
  }
});

// node_modules/date-fns/endOfQuarter.js
var init_endOfQuarter = __esm({
  "node_modules/date-fns/endOfQuarter.js"() {
  }
});

// node_modules/date-fns/endOfSecond.js
var init_endOfSecond = __esm({
  "node_modules/date-fns/endOfSecond.js"() {
  }
});

// node_modules/date-fns/endOfToday.js
var init_endOfToday = __esm({
  "node_modules/date-fns/endOfToday.js"() {
  }
});

// node_modules/date-fns/endOfTomorrow.js
var init_endOfTomorrow = __esm({
  "node_modules/date-fns/endOfTomorrow.js"() {
  }
});

// node_modules/date-fns/endOfYesterday.js
var init_endOfYesterday = __esm({
  "node_modules/date-fns/endOfYesterday.js"() {
  }
});

// node_modules/date-fns/formatDistance.js
var init_formatDistance2 = __esm({
  "node_modules/date-fns/formatDistance.js"() {
  }
});

// node_modules/date-fns/formatDistanceStrict.js
var init_formatDistanceStrict = __esm({
  "node_modules/date-fns/formatDistanceStrict.js"() {
  }
});

// node_modules/date-fns/formatDistanceToNow.js
var init_formatDistanceToNow = __esm({
  "node_modules/date-fns/formatDistanceToNow.js"() {
  }
});

// node_modules/date-fns/formatDistanceToNowStrict.js
var init_formatDistanceToNowStrict = __esm({
  "node_modules/date-fns/formatDistanceToNowStrict.js"() {
  }
});

// node_modules/date-fns/formatDuration.js
var init_formatDuration = __esm({
  "node_modules/date-fns/formatDuration.js"() {
  }
});

// node_modules/date-fns/formatISO.js
var init_formatISO = __esm({
  "node_modules/date-fns/formatISO.js"() {
  }
});

// node_modules/date-fns/formatISO9075.js
var init_formatISO9075 = __esm({
  "node_modules/date-fns/formatISO9075.js"() {
  }
});

// node_modules/date-fns/formatISODuration.js
var init_formatISODuration = __esm({
  "node_modules/date-fns/formatISODuration.js"() {
  }
});

// node_modules/date-fns/formatRFC3339.js
var init_formatRFC3339 = __esm({
  "node_modules/date-fns/formatRFC3339.js"() {
  }
});

// node_modules/date-fns/formatRFC7231.js
var init_formatRFC7231 = __esm({
  "node_modules/date-fns/formatRFC7231.js"() {
  }
});

// node_modules/date-fns/formatRelative.js
var init_formatRelative2 = __esm({
  "node_modules/date-fns/formatRelative.js"() {
  }
});

// node_modules/date-fns/fromUnixTime.js
var init_fromUnixTime = __esm({
  "node_modules/date-fns/fromUnixTime.js"() {
  }
});

// node_modules/date-fns/getDate.js
var init_getDate = __esm({
  "node_modules/date-fns/getDate.js"() {
  }
});

// node_modules/date-fns/getDay.js
var init_getDay = __esm({
  "node_modules/date-fns/getDay.js"() {
  }
});

// node_modules/date-fns/getDaysInMonth.js
var init_getDaysInMonth = __esm({
  "node_modules/date-fns/getDaysInMonth.js"() {
  }
});

// node_modules/date-fns/isLeapYear.js
var init_isLeapYear = __esm({
  "node_modules/date-fns/isLeapYear.js"() {
  }
});

// node_modules/date-fns/getDaysInYear.js
var init_getDaysInYear = __esm({
  "node_modules/date-fns/getDaysInYear.js"() {
  }
});

// node_modules/date-fns/getDecade.js
var init_getDecade = __esm({
  "node_modules/date-fns/getDecade.js"() {
  }
});

// node_modules/date-fns/getDefaultOptions.js
var init_getDefaultOptions = __esm({
  "node_modules/date-fns/getDefaultOptions.js"() {
  }
});

// node_modules/date-fns/getHours.js
var init_getHours = __esm({
  "node_modules/date-fns/getHours.js"() {
  }
});

// node_modules/date-fns/getISODay.js
var init_getISODay = __esm({
  "node_modules/date-fns/getISODay.js"() {
  }
});

// node_modules/date-fns/getISOWeeksInYear.js
var init_getISOWeeksInYear = __esm({
  "node_modules/date-fns/getISOWeeksInYear.js"() {
  }
});

// node_modules/date-fns/getMilliseconds.js
var init_getMilliseconds = __esm({
  "node_modules/date-fns/getMilliseconds.js"() {
  }
});

// node_modules/date-fns/getMinutes.js
var init_getMinutes = __esm({
  "node_modules/date-fns/getMinutes.js"() {
  }
});

// node_modules/date-fns/getMonth.js
var init_getMonth = __esm({
  "node_modules/date-fns/getMonth.js"() {
  }
});

// node_modules/date-fns/getOverlappingDaysInIntervals.js
var init_getOverlappingDaysInIntervals = __esm({
  "node_modules/date-fns/getOverlappingDaysInIntervals.js"() {
  }
});

// node_modules/date-fns/getSeconds.js
var init_getSeconds = __esm({
  "node_modules/date-fns/getSeconds.js"() {
  }
});

// node_modules/date-fns/getTime.js
var init_getTime = __esm({
  "node_modules/date-fns/getTime.js"() {
  }
});

// node_modules/date-fns/getUnixTime.js
var init_getUnixTime = __esm({
  "node_modules/date-fns/getUnixTime.js"() {
  }
});

// node_modules/date-fns/getWeekOfMonth.js
var init_getWeekOfMonth = __esm({
  "node_modules/date-fns/getWeekOfMonth.js"() {
  }
});

// node_modules/date-fns/lastDayOfMonth.js
var init_lastDayOfMonth = __esm({
  "node_modules/date-fns/lastDayOfMonth.js"() {
  }
});

// node_modules/date-fns/getWeeksInMonth.js
var init_getWeeksInMonth = __esm({
  "node_modules/date-fns/getWeeksInMonth.js"() {
  }
});

// node_modules/date-fns/getYear.js
var init_getYear = __esm({
  "node_modules/date-fns/getYear.js"() {
  }
});

// node_modules/date-fns/hoursToMilliseconds.js
function hoursToMilliseconds(hours) {
  return Math.trunc(hours * millisecondsInHour);
}
var init_hoursToMilliseconds = __esm({
  "node_modules/date-fns/hoursToMilliseconds.js"() {
    init_constants();
  }
});

// node_modules/date-fns/hoursToMinutes.js
var init_hoursToMinutes = __esm({
  "node_modules/date-fns/hoursToMinutes.js"() {
  }
});

// node_modules/date-fns/hoursToSeconds.js
var init_hoursToSeconds = __esm({
  "node_modules/date-fns/hoursToSeconds.js"() {
  }
});

// node_modules/date-fns/interval.js
var init_interval = __esm({
  "node_modules/date-fns/interval.js"() {
  }
});

// node_modules/date-fns/intervalToDuration.js
var init_intervalToDuration = __esm({
  "node_modules/date-fns/intervalToDuration.js"() {
  }
});

// node_modules/date-fns/intlFormat.js
var init_intlFormat = __esm({
  "node_modules/date-fns/intlFormat.js"() {
  }
});

// node_modules/date-fns/intlFormatDistance.js
var init_intlFormatDistance = __esm({
  "node_modules/date-fns/intlFormatDistance.js"() {
  }
});

// node_modules/date-fns/isAfter.js
var init_isAfter = __esm({
  "node_modules/date-fns/isAfter.js"() {
  }
});

// node_modules/date-fns/isBefore.js
var init_isBefore = __esm({
  "node_modules/date-fns/isBefore.js"() {
  }
});

// node_modules/date-fns/isEqual.js
var init_isEqual = __esm({
  "node_modules/date-fns/isEqual.js"() {
  }
});

// node_modules/date-fns/isExists.js
var init_isExists = __esm({
  "node_modules/date-fns/isExists.js"() {
  }
});

// node_modules/date-fns/isFirstDayOfMonth.js
var init_isFirstDayOfMonth = __esm({
  "node_modules/date-fns/isFirstDayOfMonth.js"() {
  }
});

// node_modules/date-fns/isFriday.js
var init_isFriday = __esm({
  "node_modules/date-fns/isFriday.js"() {
  }
});

// node_modules/date-fns/isFuture.js
var init_isFuture = __esm({
  "node_modules/date-fns/isFuture.js"() {
  }
});

// node_modules/date-fns/transpose.js
var init_transpose = __esm({
  "node_modules/date-fns/transpose.js"() {
  }
});

// node_modules/date-fns/setWeek.js
var init_setWeek = __esm({
  "node_modules/date-fns/setWeek.js"() {
  }
});

// node_modules/date-fns/setISOWeek.js
var init_setISOWeek = __esm({
  "node_modules/date-fns/setISOWeek.js"() {
  }
});

// node_modules/date-fns/setDay.js
var init_setDay = __esm({
  "node_modules/date-fns/setDay.js"() {
  }
});

// node_modules/date-fns/setISODay.js
var init_setISODay = __esm({
  "node_modules/date-fns/setISODay.js"() {
  }
});

// node_modules/date-fns/parse.js
var init_parse4 = __esm({
  "node_modules/date-fns/parse.js"() {
  }
});

// node_modules/date-fns/isMatch.js
var init_isMatch = __esm({
  "node_modules/date-fns/isMatch.js"() {
  }
});

// node_modules/date-fns/isMonday.js
var init_isMonday = __esm({
  "node_modules/date-fns/isMonday.js"() {
  }
});

// node_modules/date-fns/isPast.js
var init_isPast = __esm({
  "node_modules/date-fns/isPast.js"() {
  }
});

// node_modules/date-fns/startOfHour.js
var init_startOfHour = __esm({
  "node_modules/date-fns/startOfHour.js"() {
  }
});

// node_modules/date-fns/isSameHour.js
var init_isSameHour = __esm({
  "node_modules/date-fns/isSameHour.js"() {
  }
});

// node_modules/date-fns/isSameWeek.js
var init_isSameWeek = __esm({
  "node_modules/date-fns/isSameWeek.js"() {
  }
});

// node_modules/date-fns/isSameISOWeek.js
var init_isSameISOWeek = __esm({
  "node_modules/date-fns/isSameISOWeek.js"() {
  }
});

// node_modules/date-fns/isSameISOWeekYear.js
var init_isSameISOWeekYear = __esm({
  "node_modules/date-fns/isSameISOWeekYear.js"() {
  }
});

// node_modules/date-fns/startOfMinute.js
var init_startOfMinute = __esm({
  "node_modules/date-fns/startOfMinute.js"() {
  }
});

// node_modules/date-fns/isSameMinute.js
var init_isSameMinute = __esm({
  "node_modules/date-fns/isSameMinute.js"() {
  }
});

// node_modules/date-fns/isSameMonth.js
var init_isSameMonth = __esm({
  "node_modules/date-fns/isSameMonth.js"() {
  }
});

// node_modules/date-fns/isSameQuarter.js
var init_isSameQuarter = __esm({
  "node_modules/date-fns/isSameQuarter.js"() {
  }
});

// node_modules/date-fns/startOfSecond.js
var init_startOfSecond = __esm({
  "node_modules/date-fns/startOfSecond.js"() {
  }
});

// node_modules/date-fns/isSameSecond.js
var init_isSameSecond = __esm({
  "node_modules/date-fns/isSameSecond.js"() {
  }
});

// node_modules/date-fns/isThisHour.js
var init_isThisHour = __esm({
  "node_modules/date-fns/isThisHour.js"() {
  }
});

// node_modules/date-fns/isThisISOWeek.js
var init_isThisISOWeek = __esm({
  "node_modules/date-fns/isThisISOWeek.js"() {
  }
});

// node_modules/date-fns/isThisMinute.js
var init_isThisMinute = __esm({
  "node_modules/date-fns/isThisMinute.js"() {
  }
});

// node_modules/date-fns/isThisMonth.js
var init_isThisMonth = __esm({
  "node_modules/date-fns/isThisMonth.js"() {
  }
});

// node_modules/date-fns/isThisQuarter.js
var init_isThisQuarter = __esm({
  "node_modules/date-fns/isThisQuarter.js"() {
  }
});

// node_modules/date-fns/isThisSecond.js
var init_isThisSecond = __esm({
  "node_modules/date-fns/isThisSecond.js"() {
  }
});

// node_modules/date-fns/isThisWeek.js
var init_isThisWeek = __esm({
  "node_modules/date-fns/isThisWeek.js"() {
  }
});

// node_modules/date-fns/isThisYear.js
var init_isThisYear = __esm({
  "node_modules/date-fns/isThisYear.js"() {
  }
});

// node_modules/date-fns/isThursday.js
var init_isThursday = __esm({
  "node_modules/date-fns/isThursday.js"() {
  }
});

// node_modules/date-fns/isToday.js
var init_isToday = __esm({
  "node_modules/date-fns/isToday.js"() {
  }
});

// node_modules/date-fns/isTomorrow.js
var init_isTomorrow = __esm({
  "node_modules/date-fns/isTomorrow.js"() {
  }
});

// node_modules/date-fns/isTuesday.js
var init_isTuesday = __esm({
  "node_modules/date-fns/isTuesday.js"() {
  }
});

// node_modules/date-fns/isWednesday.js
var init_isWednesday = __esm({
  "node_modules/date-fns/isWednesday.js"() {
  }
});

// node_modules/date-fns/isWithinInterval.js
var init_isWithinInterval = __esm({
  "node_modules/date-fns/isWithinInterval.js"() {
  }
});

// node_modules/date-fns/subDays.js
var init_subDays = __esm({
  "node_modules/date-fns/subDays.js"() {
  }
});

// node_modules/date-fns/isYesterday.js
var init_isYesterday = __esm({
  "node_modules/date-fns/isYesterday.js"() {
  }
});

// node_modules/date-fns/lastDayOfDecade.js
var init_lastDayOfDecade = __esm({
  "node_modules/date-fns/lastDayOfDecade.js"() {
  }
});

// node_modules/date-fns/lastDayOfWeek.js
var init_lastDayOfWeek = __esm({
  "node_modules/date-fns/lastDayOfWeek.js"() {
  }
});

// node_modules/date-fns/lastDayOfISOWeek.js
var init_lastDayOfISOWeek = __esm({
  "node_modules/date-fns/lastDayOfISOWeek.js"() {
  }
});

// node_modules/date-fns/lastDayOfISOWeekYear.js
var init_lastDayOfISOWeekYear = __esm({
  "node_modules/date-fns/lastDayOfISOWeekYear.js"() {
  }
});

// node_modules/date-fns/lastDayOfQuarter.js
var init_lastDayOfQuarter = __esm({
  "node_modules/date-fns/lastDayOfQuarter.js"() {
  }
});

// node_modules/date-fns/lastDayOfYear.js
var init_lastDayOfYear = __esm({
  "node_modules/date-fns/lastDayOfYear.js"() {
  }
});

// node_modules/date-fns/lightFormat.js
var init_lightFormat = __esm({
  "node_modules/date-fns/lightFormat.js"() {
  }
});

// node_modules/date-fns/milliseconds.js
var init_milliseconds = __esm({
  "node_modules/date-fns/milliseconds.js"() {
  }
});

// node_modules/date-fns/millisecondsToHours.js
var init_millisecondsToHours = __esm({
  "node_modules/date-fns/millisecondsToHours.js"() {
  }
});

// node_modules/date-fns/millisecondsToMinutes.js
var init_millisecondsToMinutes = __esm({
  "node_modules/date-fns/millisecondsToMinutes.js"() {
  }
});

// node_modules/date-fns/millisecondsToSeconds.js
var init_millisecondsToSeconds = __esm({
  "node_modules/date-fns/millisecondsToSeconds.js"() {
  }
});

// node_modules/date-fns/minutesToHours.js
var init_minutesToHours = __esm({
  "node_modules/date-fns/minutesToHours.js"() {
  }
});

// node_modules/date-fns/minutesToMilliseconds.js
var init_minutesToMilliseconds = __esm({
  "node_modules/date-fns/minutesToMilliseconds.js"() {
  }
});

// node_modules/date-fns/minutesToSeconds.js
var init_minutesToSeconds = __esm({
  "node_modules/date-fns/minutesToSeconds.js"() {
  }
});

// node_modules/date-fns/monthsToQuarters.js
var init_monthsToQuarters = __esm({
  "node_modules/date-fns/monthsToQuarters.js"() {
  }
});

// node_modules/date-fns/monthsToYears.js
var init_monthsToYears = __esm({
  "node_modules/date-fns/monthsToYears.js"() {
  }
});

// node_modules/date-fns/nextDay.js
var init_nextDay = __esm({
  "node_modules/date-fns/nextDay.js"() {
  }
});

// node_modules/date-fns/nextFriday.js
var init_nextFriday = __esm({
  "node_modules/date-fns/nextFriday.js"() {
  }
});

// node_modules/date-fns/nextMonday.js
var init_nextMonday = __esm({
  "node_modules/date-fns/nextMonday.js"() {
  }
});

// node_modules/date-fns/nextSaturday.js
var init_nextSaturday = __esm({
  "node_modules/date-fns/nextSaturday.js"() {
  }
});

// node_modules/date-fns/nextSunday.js
var init_nextSunday = __esm({
  "node_modules/date-fns/nextSunday.js"() {
  }
});

// node_modules/date-fns/nextThursday.js
var init_nextThursday = __esm({
  "node_modules/date-fns/nextThursday.js"() {
  }
});

// node_modules/date-fns/nextTuesday.js
var init_nextTuesday = __esm({
  "node_modules/date-fns/nextTuesday.js"() {
  }
});

// node_modules/date-fns/nextWednesday.js
var init_nextWednesday = __esm({
  "node_modules/date-fns/nextWednesday.js"() {
  }
});

// node_modules/date-fns/parseJSON.js
var init_parseJSON = __esm({
  "node_modules/date-fns/parseJSON.js"() {
  }
});

// node_modules/date-fns/previousDay.js
var init_previousDay = __esm({
  "node_modules/date-fns/previousDay.js"() {
  }
});

// node_modules/date-fns/previousFriday.js
var init_previousFriday = __esm({
  "node_modules/date-fns/previousFriday.js"() {
  }
});

// node_modules/date-fns/previousMonday.js
var init_previousMonday = __esm({
  "node_modules/date-fns/previousMonday.js"() {
  }
});

// node_modules/date-fns/previousSaturday.js
var init_previousSaturday = __esm({
  "node_modules/date-fns/previousSaturday.js"() {
  }
});

// node_modules/date-fns/previousSunday.js
var init_previousSunday = __esm({
  "node_modules/date-fns/previousSunday.js"() {
  }
});

// node_modules/date-fns/previousThursday.js
var init_previousThursday = __esm({
  "node_modules/date-fns/previousThursday.js"() {
  }
});

// node_modules/date-fns/previousTuesday.js
var init_previousTuesday = __esm({
  "node_modules/date-fns/previousTuesday.js"() {
  }
});

// node_modules/date-fns/previousWednesday.js
var init_previousWednesday = __esm({
  "node_modules/date-fns/previousWednesday.js"() {
  }
});

// node_modules/date-fns/quartersToMonths.js
var init_quartersToMonths = __esm({
  "node_modules/date-fns/quartersToMonths.js"() {
  }
});

// node_modules/date-fns/quartersToYears.js
var init_quartersToYears = __esm({
  "node_modules/date-fns/quartersToYears.js"() {
  }
});

// node_modules/date-fns/roundToNearestHours.js
var init_roundToNearestHours = __esm({
  "node_modules/date-fns/roundToNearestHours.js"() {
  }
});

// node_modules/date-fns/roundToNearestMinutes.js
var init_roundToNearestMinutes = __esm({
  "node_modules/date-fns/roundToNearestMinutes.js"() {
  }
});

// node_modules/date-fns/secondsToHours.js
var init_secondsToHours = __esm({
  "node_modules/date-fns/secondsToHours.js"() {
  }
});

// node_modules/date-fns/secondsToMilliseconds.js
var init_secondsToMilliseconds = __esm({
  "node_modules/date-fns/secondsToMilliseconds.js"() {
  }
});

// node_modules/date-fns/secondsToMinutes.js
var init_secondsToMinutes = __esm({
  "node_modules/date-fns/secondsToMinutes.js"() {
  }
});

// node_modules/date-fns/setMonth.js
var init_setMonth = __esm({
  "node_modules/date-fns/setMonth.js"() {
  }
});

// node_modules/date-fns/set.js
var init_set = __esm({
  "node_modules/date-fns/set.js"() {
  }
});

// node_modules/date-fns/setDate.js
var init_setDate = __esm({
  "node_modules/date-fns/setDate.js"() {
  }
});

// node_modules/date-fns/setDayOfYear.js
var init_setDayOfYear = __esm({
  "node_modules/date-fns/setDayOfYear.js"() {
  }
});

// node_modules/date-fns/setDefaultOptions.js
var init_setDefaultOptions = __esm({
  "node_modules/date-fns/setDefaultOptions.js"() {
  }
});

// node_modules/date-fns/setHours.js
var init_setHours = __esm({
  "node_modules/date-fns/setHours.js"() {
  }
});

// node_modules/date-fns/setMilliseconds.js
var init_setMilliseconds = __esm({
  "node_modules/date-fns/setMilliseconds.js"() {
  }
});

// node_modules/date-fns/setMinutes.js
var init_setMinutes = __esm({
  "node_modules/date-fns/setMinutes.js"() {
  }
});

// node_modules/date-fns/setQuarter.js
var init_setQuarter = __esm({
  "node_modules/date-fns/setQuarter.js"() {
  }
});

// node_modules/date-fns/setSeconds.js
var init_setSeconds = __esm({
  "node_modules/date-fns/setSeconds.js"() {
  }
});

// node_modules/date-fns/setWeekYear.js
var init_setWeekYear = __esm({
  "node_modules/date-fns/setWeekYear.js"() {
  }
});

// node_modules/date-fns/setYear.js
var init_setYear = __esm({
  "node_modules/date-fns/setYear.js"() {
  }
});

// node_modules/date-fns/startOfDecade.js
var init_startOfDecade = __esm({
  "node_modules/date-fns/startOfDecade.js"() {
  }
});

// node_modules/date-fns/startOfToday.js
var init_startOfToday = __esm({
  "node_modules/date-fns/startOfToday.js"() {
  }
});

// node_modules/date-fns/startOfTomorrow.js
var init_startOfTomorrow = __esm({
  "node_modules/date-fns/startOfTomorrow.js"() {
  }
});

// node_modules/date-fns/startOfYesterday.js
var init_startOfYesterday = __esm({
  "node_modules/date-fns/startOfYesterday.js"() {
  }
});

// node_modules/date-fns/subMonths.js
var init_subMonths = __esm({
  "node_modules/date-fns/subMonths.js"() {
  }
});

// node_modules/date-fns/sub.js
var init_sub = __esm({
  "node_modules/date-fns/sub.js"() {
  }
});

// node_modules/date-fns/subBusinessDays.js
var init_subBusinessDays = __esm({
  "node_modules/date-fns/subBusinessDays.js"() {
  }
});

// node_modules/date-fns/subHours.js
var init_subHours = __esm({
  "node_modules/date-fns/subHours.js"() {
  }
});

// node_modules/date-fns/subMilliseconds.js
var init_subMilliseconds = __esm({
  "node_modules/date-fns/subMilliseconds.js"() {
  }
});

// node_modules/date-fns/subMinutes.js
var init_subMinutes = __esm({
  "node_modules/date-fns/subMinutes.js"() {
  }
});

// node_modules/date-fns/subQuarters.js
var init_subQuarters = __esm({
  "node_modules/date-fns/subQuarters.js"() {
  }
});

// node_modules/date-fns/subSeconds.js
var init_subSeconds = __esm({
  "node_modules/date-fns/subSeconds.js"() {
  }
});

// node_modules/date-fns/subWeeks.js
var init_subWeeks = __esm({
  "node_modules/date-fns/subWeeks.js"() {
  }
});

// node_modules/date-fns/subYears.js
var init_subYears = __esm({
  "node_modules/date-fns/subYears.js"() {
  }
});

// node_modules/date-fns/weeksToDays.js
var init_weeksToDays = __esm({
  "node_modules/date-fns/weeksToDays.js"() {
  }
});

// node_modules/date-fns/yearsToDays.js
var init_yearsToDays = __esm({
  "node_modules/date-fns/yearsToDays.js"() {
  }
});

// node_modules/date-fns/yearsToMonths.js
var init_yearsToMonths = __esm({
  "node_modules/date-fns/yearsToMonths.js"() {
  }
});

// node_modules/date-fns/yearsToQuarters.js
var init_yearsToQuarters = __esm({
  "node_modules/date-fns/yearsToQuarters.js"() {
  }
});

// node_modules/date-fns/index.js
var init_date_fns = __esm({
  "node_modules/date-fns/index.js"() {
    init_add();
    init_addBusinessDays();
    init_addDays();
    init_addHours();
    init_addISOWeekYears();
    init_addMilliseconds();
    init_addMinutes();
    init_addMonths();
    init_addQuarters();
    init_addSeconds();
    init_addWeeks();
    init_addYears();
    init_areIntervalsOverlapping();
    init_clamp();
    init_closestIndexTo();
    init_closestTo();
    init_compareAsc();
    init_compareDesc();
    init_constructFrom();
    init_constructNow();
    init_daysToWeeks();
    init_differenceInBusinessDays();
    init_differenceInCalendarDays();
    init_differenceInCalendarISOWeekYears();
    init_differenceInCalendarISOWeeks();
    init_differenceInCalendarMonths();
    init_differenceInCalendarQuarters();
    init_differenceInCalendarWeeks();
    init_differenceInCalendarYears();
    init_differenceInDays();
    init_differenceInHours();
    init_differenceInISOWeekYears();
    init_differenceInMilliseconds();
    init_differenceInMinutes();
    init_differenceInMonths();
    init_differenceInQuarters();
    init_differenceInSeconds();
    init_differenceInWeeks();
    init_differenceInYears();
    init_eachDayOfInterval();
    init_eachHourOfInterval();
    init_eachMinuteOfInterval();
    init_eachMonthOfInterval();
    init_eachQuarterOfInterval();
    init_eachWeekOfInterval();
    init_eachWeekendOfInterval();
    init_eachWeekendOfMonth();
    init_eachWeekendOfYear();
    init_eachYearOfInterval();
    init_endOfDay();
    init_endOfDecade();
    init_endOfHour();
    init_endOfISOWeek();
    init_endOfISOWeekYear();
    init_endOfMinute();
    init_endOfMonth();
    init_endOfQuarter();
    init_endOfSecond();
    init_endOfToday();
    init_endOfTomorrow();
    init_endOfWeek();
    init_endOfYear();
    init_endOfYesterday();
    init_format2();
    init_formatDistance2();
    init_formatDistanceStrict();
    init_formatDistanceToNow();
    init_formatDistanceToNowStrict();
    init_formatDuration();
    init_formatISO();
    init_formatISO9075();
    init_formatISODuration();
    init_formatRFC3339();
    init_formatRFC7231();
    init_formatRelative2();
    init_fromUnixTime();
    init_getDate();
    init_getDay();
    init_getDayOfYear();
    init_getDaysInMonth();
    init_getDaysInYear();
    init_getDecade();
    init_getDefaultOptions();
    init_getHours();
    init_getISODay();
    init_getISOWeek();
    init_getISOWeekYear();
    init_getISOWeeksInYear();
    init_getMilliseconds();
    init_getMinutes();
    init_getMonth();
    init_getOverlappingDaysInIntervals();
    init_getQuarter();
    init_getSeconds();
    init_getTime();
    init_getUnixTime();
    init_getWeek();
    init_getWeekOfMonth();
    init_getWeekYear();
    init_getWeeksInMonth();
    init_getYear();
    init_hoursToMilliseconds();
    init_hoursToMinutes();
    init_hoursToSeconds();
    init_interval();
    init_intervalToDuration();
    init_intlFormat();
    init_intlFormatDistance();
    init_isAfter();
    init_isBefore();
    init_isDate();
    init_isEqual();
    init_isExists();
    init_isFirstDayOfMonth();
    init_isFriday();
    init_isFuture();
    init_isLastDayOfMonth();
    init_isLeapYear();
    init_isMatch();
    init_isMonday();
    init_isPast();
    init_isSameDay();
    init_isSameHour();
    init_isSameISOWeek();
    init_isSameISOWeekYear();
    init_isSameMinute();
    init_isSameMonth();
    init_isSameQuarter();
    init_isSameSecond();
    init_isSameWeek();
    init_isSameYear();
    init_isSaturday();
    init_isSunday();
    init_isThisHour();
    init_isThisISOWeek();
    init_isThisMinute();
    init_isThisMonth();
    init_isThisQuarter();
    init_isThisSecond();
    init_isThisWeek();
    init_isThisYear();
    init_isThursday();
    init_isToday();
    init_isTomorrow();
    init_isTuesday();
    init_isValid();
    init_isWednesday();
    init_isWeekend();
    init_isWithinInterval();
    init_isYesterday();
    init_lastDayOfDecade();
    init_lastDayOfISOWeek();
    init_lastDayOfISOWeekYear();
    init_lastDayOfMonth();
    init_lastDayOfQuarter();
    init_lastDayOfWeek();
    init_lastDayOfYear();
    init_lightFormat();
    init_max();
    init_milliseconds();
    init_millisecondsToHours();
    init_millisecondsToMinutes();
    init_millisecondsToSeconds();
    init_min();
    init_minutesToHours();
    init_minutesToMilliseconds();
    init_minutesToSeconds();
    init_monthsToQuarters();
    init_monthsToYears();
    init_nextDay();
    init_nextFriday();
    init_nextMonday();
    init_nextSaturday();
    init_nextSunday();
    init_nextThursday();
    init_nextTuesday();
    init_nextWednesday();
    init_parse4();
    init_parseISO();
    init_parseJSON();
    init_previousDay();
    init_previousFriday();
    init_previousMonday();
    init_previousSaturday();
    init_previousSunday();
    init_previousThursday();
    init_previousTuesday();
    init_previousWednesday();
    init_quartersToMonths();
    init_quartersToYears();
    init_roundToNearestHours();
    init_roundToNearestMinutes();
    init_secondsToHours();
    init_secondsToMilliseconds();
    init_secondsToMinutes();
    init_set();
    init_setDate();
    init_setDay();
    init_setDayOfYear();
    init_setDefaultOptions();
    init_setHours();
    init_setISODay();
    init_setISOWeek();
    init_setISOWeekYear();
    init_setMilliseconds();
    init_setMinutes();
    init_setMonth();
    init_setQuarter();
    init_setSeconds();
    init_setWeek();
    init_setWeekYear();
    init_setYear();
    init_startOfDay();
    init_startOfDecade();
    init_startOfHour();
    init_startOfISOWeek();
    init_startOfISOWeekYear();
    init_startOfMinute();
    init_startOfMonth();
    init_startOfQuarter();
    init_startOfSecond();
    init_startOfToday();
    init_startOfTomorrow();
    init_startOfWeek();
    init_startOfWeekYear();
    init_startOfYear();
    init_startOfYesterday();
    init_sub();
    init_subBusinessDays();
    init_subDays();
    init_subHours();
    init_subISOWeekYears();
    init_subMilliseconds();
    init_subMinutes();
    init_subMonths();
    init_subQuarters();
    init_subSeconds();
    init_subWeeks();
    init_subYears();
    init_toDate();
    init_transpose();
    init_weeksToDays();
    init_yearsToDays();
    init_yearsToMonths();
    init_yearsToQuarters();
  }
});

// src/core/ledger/windows.ts
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
var FIVE_HOURS_MS, SEVEN_DAYS_MS, NOT_MODEL_SCOPED, RETAIN_MS, LENGTHS;
var init_windows2 = __esm({
  "src/core/ledger/windows.ts"() {
    "use strict";
    init_date_fns();
    FIVE_HOURS_MS = hoursToMilliseconds(5);
    SEVEN_DAYS_MS = hoursToMilliseconds(7 * 24);
    NOT_MODEL_SCOPED = /* @__PURE__ */ new Set(["oauth_apps", "cowork", "omelette"]);
    RETAIN_MS = SEVEN_DAYS_MS + hoursToMilliseconds(24);
    LENGTHS = { five_hour: FIVE_HOURS_MS, seven_day: SEVEN_DAYS_MS };
  }
});

// src/core/ledger/lists.ts
var isString, isFinite, isCount, listOf, count, finite, instant, stringOrNull, strings, numbers, counts, booleans, stringLists, sameLengths;
var init_lists = __esm({
  "src/core/ledger/lists.ts"() {
    "use strict";
    init_mini();
    isString = (v) => typeof v === "string";
    isFinite = (v) => typeof v === "number" && Number.isFinite(v);
    isCount = (v) => Number.isSafeInteger(v) && v >= 0;
    listOf = (is) => custom((v) => Array.isArray(v) && v.every(is));
    count = custom(isCount);
    finite = custom(isFinite);
    instant = custom((v) => v === null || isFinite(v));
    stringOrNull = custom((v) => v === null || isString(v));
    strings = listOf(isString);
    numbers = listOf(isFinite);
    counts = listOf(isCount);
    booleans = listOf((v) => typeof v === "boolean");
    stringLists = listOf((v) => Array.isArray(v) && v.every(isString));
    sameLengths = (c) => {
      const lengths = Object.values(c).map((column) => column.length);
      return lengths.every((n) => n === lengths[0]);
    };
  }
});

// src/core/ledger/folders.ts
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
  const stored2 = { version: FOLDERS_VERSION, path: [], mtimeMs: [], dirs: [], logs: [] };
  for (const [path, l] of Object.entries(listings)) {
    stored2.path.push(path);
    stored2.mtimeMs.push(l.mtimeMs);
    stored2.dirs.push(l.dirs);
    stored2.logs.push(l.logs);
  }
  return `${JSON.stringify(stored2)}
`;
}
var COARSE_TICK_MS, FINE_TICK_MS, listingKeepable, FOLDERS_VERSION, Stored;
var init_folders = __esm({
  "src/core/ledger/folders.ts"() {
    "use strict";
    init_mini();
    init_lists();
    COARSE_TICK_MS = 2e3;
    FINE_TICK_MS = 100;
    listingKeepable = (mtimeMs, listedAt) => mtimeMs <= listedAt - (mtimeMs % 1e3 === 0 ? COARSE_TICK_MS : FINE_TICK_MS);
    FOLDERS_VERSION = 1;
    Stored = object2({
      version: literal2(FOLDERS_VERSION),
      path: strings,
      mtimeMs: numbers,
      dirs: stringLists,
      logs: stringLists
    }).check(refine2(({ path, mtimeMs, dirs, logs }) => sameLengths({ path, mtimeMs, dirs, logs })));
  }
});

// src/sources/ledger/entry-stat.ts
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
function statEntry(path) {
  chosen ??= bindingStat() ?? publicStat;
  return chosen(path);
}
var import_node_fs10, import_node_util2, S_IFMT, S_IFDIR, S_IFREG, entry, publicStat, DEV, MODE, INO, SIZE, MTIME_S, MTIME_NS, chosen;
var init_entry_stat = __esm({
  "src/sources/ledger/entry-stat.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_util2 = require("node:util");
    init_node_binding();
    ({ S_IFMT, S_IFDIR, S_IFREG } = import_node_fs10.constants);
    entry = (mode, dev, ino, size, mtimeMs) => ({
      directory: (mode & S_IFMT) === S_IFDIR,
      file: (mode & S_IFMT) === S_IFREG,
      dev,
      ino,
      size,
      mtimeMs
    });
    publicStat = (path) => {
      try {
        const s = (0, import_node_fs10.statSync)(path, { throwIfNoEntry: false });
        return s ? entry(s.mode, s.dev, s.ino, s.size, s.mtimeMs) : null;
      } catch {
        return null;
      }
    };
    DEV = 0;
    MODE = 1;
    INO = 7;
    SIZE = 8;
    MTIME_S = 12;
    MTIME_NS = 13;
  }
});

// src/sources/ledger/roots.ts
function projectsFolders(configDirs, home = homeDirectory()) {
  const dirs = (configDirs ?? "").split(",").map((d) => d.trim()).filter(Boolean);
  const chosen2 = dirs.length > 0 ? dirs : [(0, import_node_path8.join)(home, ".claude"), (0, import_node_path8.join)(home, ".config", "claude")];
  return [...new Set(chosen2.map((d) => (0, import_node_path8.join)((0, import_node_path8.resolve)(d), "projects")))];
}
function missingFolders(roots) {
  return roots.filter((root) => !statEntry(root)?.directory);
}
function entries(dir) {
  try {
    return (0, import_node_fs11.readdirSync)(dir, { withFileTypes: true });
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
  for (const name2 of logs) {
    const path = `${dir}${import_node_path8.sep}${name2}`;
    const f = statEntry(path);
    if (!f?.file) continue;
    found.files.push({
      path,
      folder: folder ?? name2,
      identity: `${f.dev}:${f.ino}`,
      size: f.size,
      mtimeMs: f.mtimeMs
    });
  }
  for (const name2 of dirs) walk(`${dir}${import_node_path8.sep}${name2}`, folder ?? name2, known, found);
}
function findLogFiles(roots, known = {}) {
  const found = { files: [], listings: {}, listingsChanged: false, reused: 0 };
  for (const root of roots) walk(root, null, known, found);
  found.files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const { files, listings, listingsChanged, reused } = found;
  return { files, listings, listingsChanged: listingsChanged || reused !== Object.keys(known).length };
}
var import_node_fs11, import_node_path8;
var init_roots = __esm({
  "src/sources/ledger/roots.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path8 = require("node:path");
    init_folders();
    init_state_path();
    init_entry_stat();
  }
});

// src/core/ledger/record.ts
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
var recordTotal;
var init_record = __esm({
  "src/core/ledger/record.ts"() {
    "use strict";
    recordTotal = (r) => r.input + r.output + r.cacheCreation + r.cacheRead;
  }
});

// src/core/ledger/packed.ts
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
function packedValid({ ids, models, projects, rows: rows2 }) {
  if (rows2.length !== ids.length * ROW) return false;
  for (let o = 0; o < rows2.length; o += ROW) {
    if (!Number.isFinite(rows2[o])) return false;
    for (let k = 1; k < ROW; k += 1) if (!isCount2(rows2[o + k])) return false;
    if (rows2[o + 1] >= models.length || rows2[o + 2] >= projects.length || rows2[o + 7] > 1) return false;
  }
  return true;
}
var ROW, EMPTY, isCount2, PackedRecordSet;
var init_packed = __esm({
  "src/core/ledger/packed.ts"() {
    "use strict";
    init_record();
    ROW = 8;
    EMPTY = {
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
    isCount2 = (v) => Number.isInteger(v) && v >= 0;
    PackedRecordSet = class {
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
  }
});

// src/core/ledger/line.ts
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
  const { timestamp, cwd, uuid: uuid2, message: message2 } = parsed.data;
  if (message2.model === SYNTHETIC_MODEL) return IGNORED;
  const at = Date.parse(timestamp);
  const id = message2.id ?? (uuid2 === void 0 ? void 0 : `uuid:${uuid2}`);
  if (Number.isNaN(at) || id === void 0) return MALFORMED;
  const usage2 = message2.usage;
  return {
    kind: "record",
    record: {
      id,
      at,
      model: message2.model ?? "unknown",
      project: cwd || folderProject,
      input: usage2.input_tokens,
      output: usage2.output_tokens,
      cacheCreation: usage2.cache_creation_input_tokens ?? 0,
      cacheRead: usage2.cache_read_input_tokens ?? 0,
      final: message2.stop_reason !== null && message2.stop_reason !== void 0
    }
  };
}
var assistantLine, SYNTHETIC_MODEL, IGNORED, MALFORMED;
var init_line2 = __esm({
  "src/core/ledger/line.ts"() {
    "use strict";
    init_mini();
    init_once();
    assistantLine = once(() => {
      const count2 = int2().check(_gte(0));
      return object2({
        type: literal2("assistant"),
        timestamp: string3(),
        cwd: optional2(string3()),
        uuid: optional2(string3()),
        message: object2({
          id: optional2(string3()),
          model: optional2(string3()),
          stop_reason: nullish2(string3()),
          usage: object2({
            input_tokens: count2,
            output_tokens: count2,
            cache_creation_input_tokens: nullish2(count2),
            cache_read_input_tokens: nullish2(count2)
          })
        })
      });
    });
    SYNTHETIC_MODEL = "<synthetic>";
    IGNORED = { kind: "ignored" };
    MALFORMED = { kind: "malformed" };
  }
});

// src/sources/ledger/read-more.ts
function readMore(fd, buffer, filled, position) {
  let into = buffer;
  if (filled === into.length) {
    into = Buffer.allocUnsafe(buffer.length * 2);
    buffer.copy(into, 0, 0, filled);
  }
  return { buffer: into, read: (0, import_node_fs12.readSync)(fd, into, filled, into.length - filled, position + filled) };
}
var import_node_fs12;
var init_read_more = __esm({
  "src/sources/ledger/read-more.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
  }
});

// src/sources/ledger/scan.ts
function withoutContent(view, start, end) {
  const open2 = view.indexOf(CONTENT_START, start);
  if (open2 < 0 || open2 >= end) return null;
  const close = view.subarray(0, end).lastIndexOf(CONTENT_END);
  if (close <= open2) return null;
  const cut = open2 + CONTENT_START.length;
  return view.toString("utf8", start, cut) + view.toString("utf8", close, end);
}
function scanFile(path, from, folderProject, onRecord, shouldStop) {
  const sink = new LineSink(folderProject, onRecord);
  const fd = (0, import_node_fs13.openSync)(path, "r");
  let buffer = scratch.length >= CHUNK_BYTES2 ? scratch : import_node_buffer.Buffer.allocUnsafe(CHUNK_BYTES2);
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
    (0, import_node_fs13.closeSync)(fd);
    if (buffer.length === CHUNK_BYTES2) scratch = buffer;
  }
  const tail = buffer.subarray(0, filled);
  const pendingTail = !stopped && filled > 0 && !sink.line(tail, 0, filled, tail.includes(USAGE_KEY));
  return { offset: position, skipped: sink.skipped, pendingTail, bytesRead, stopped };
}
var import_node_buffer, import_node_fs13, USAGE_KEY, CONTENT_START, CONTENT_END, NEWLINE, CHUNK_BYTES2, scratch, isSpace, LineSink;
var init_scan = __esm({
  "src/sources/ledger/scan.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    import_node_fs13 = require("node:fs");
    init_line2();
    init_read_more();
    USAGE_KEY = import_node_buffer.Buffer.from('"usage"');
    CONTENT_START = import_node_buffer.Buffer.from('"content":[');
    CONTENT_END = import_node_buffer.Buffer.from('],"stop_reason"');
    NEWLINE = 10;
    CHUNK_BYTES2 = 1 << 20;
    scratch = import_node_buffer.Buffer.alloc(0);
    isSpace = (byte) => byte === 32 || byte === 9 || byte === 13;
    LineSink = class {
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
  }
});

// src/sources/ledger/scan-pool.ts
function scanHere(task, deadline, onRecord) {
  return scanFile(task.path, task.from, task.folderProject, onRecord, () => Date.now() > deadline);
}
async function scanTasks(tasks, threads, deadline, sink) {
  const outcomes = /* @__PURE__ */ new Map();
  let delivered = 0;
  const settle2 = (index, outcome) => {
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
      settle2(index, { result, records: direct ? NONE2 : kept });
    } catch {
      settle2(index, "failed");
    }
  };
  const made = threads ? await Promise.all(Array.from({ length: threads.count }, () => startWorker(threads).catch(() => null))) : [];
  const workers = made.filter((w) => w !== null);
  const helpers = workers.map((worker) => {
    const inFlight = /* @__PURE__ */ new Set();
    let stopped = false;
    let done = () => {
    };
    const finished = new Promise((resolve3) => done = resolve3);
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
        settle2(reply.index, records ? { result: reply.result, records } : "failed");
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
      if (helpers.length > 0) await new Promise((resolve3) => setImmediate(resolve3));
      continue;
    }
    for (const h of helpers) if (h.inFlight.size === 0) h.stop();
    await Promise.all(helpers.map((h) => h.finished));
    if (returned.length === 0) break;
  }
  for (let index = delivered; index < tasks.length; index += 1) {
    if (!outcomes.has(index)) settle2(index, "unstarted");
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
  return new Promise((resolve3) => {
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
    port.on("close", resolve3);
    port.postMessage({ ready: true });
  });
}
var SCAN_THREAD, SCAN_THREAD_ARG, AHEAD, NONE2;
var init_scan_pool = __esm({
  "src/sources/ledger/scan-pool.ts"() {
    "use strict";
    init_packed();
    init_scan();
    SCAN_THREAD = "claude-plan-meter ledger scan";
    SCAN_THREAD_ARG = "--scan-thread";
    AHEAD = 2;
    NONE2 = [];
  }
});

// src/cli/ledger/args.ts
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
var LEDGER_USAGE;
var init_args3 = __esm({
  "src/cli/ledger/args.ts"() {
    "use strict";
    init_args();
    LEDGER_USAGE = `Usage: claude-plan-meter ledger [options]

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
  }
});

// src/core/ledger/project.ts
function decodeProjectFolder(folder) {
  return folder.replace(/-/g, "/");
}
function projectName(path) {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
var init_project = __esm({
  "src/core/ledger/project.ts"() {
    "use strict";
  }
});

// src/core/ledger/span.ts
function modelFamily(model) {
  const match2 = /^claude-(?:[\d.]+-)*([a-z]+)/.exec(model);
  return match2 ? match2[1] : null;
}
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
var byTotal, Tally;
var init_span = __esm({
  "src/core/ledger/span.ts"() {
    "use strict";
    init_project();
    init_packed();
    init_record();
    byTotal = (a, b) => b.total - a.total;
    Tally = class {
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
  }
});

// src/core/ledger/summary-cache.ts
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
var CachedSpanSchema, SummaryCacheSchema, KEPT;
var init_summary_cache = __esm({
  "src/core/ledger/summary-cache.ts"() {
    "use strict";
    init_mini();
    init_lists();
    CachedSpanSchema = object2({
      family: stringOrNull,
      before: instant,
      first: instant,
      last: instant,
      after: instant,
      messages: count,
      tokens: object2({ input: count, output: count, cacheCreation: count, cacheRead: count, total: count }),
      byModel: object2({ model: strings, messages: counts, total: counts }).check(refine2(sameLengths)),
      byProject: object2({ project: strings, path: strings, total: counts, share: numbers }).check(refine2(sameLengths))
    });
    SummaryCacheSchema = array2(CachedSpanSchema);
    KEPT = 16;
  }
});

// src/core/ledger/state.ts
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
var STATE_VERSION, FileColumns, Header, emptyState;
var init_state = __esm({
  "src/core/ledger/state.ts"() {
    "use strict";
    init_mini();
    init_lists();
    init_packed();
    init_summary_cache();
    STATE_VERSION = 3;
    FileColumns = object2({
      path: strings,
      identity: strings,
      size: counts,
      mtimeMs: numbers,
      offset: counts,
      skipped: counts,
      pendingTail: booleans
    }).check(refine2(sameLengths));
    Header = object2({
      version: literal2(STATE_VERSION),
      roots: strings,
      retainFrom: finite,
      files: FileColumns,
      models: strings,
      projects: strings,
      records: count,
      summaries: SummaryCacheSchema
    });
    emptyState = (roots, retainFrom) => ({
      roots,
      retainFrom,
      files: {},
      records: /* @__PURE__ */ new Map(),
      summaries: []
    });
  }
});

// src/sources/ledger/folders-file.ts
function openFolderListings(statePath) {
  const path = (0, import_node_path9.join)((0, import_node_path9.dirname)(statePath), LEDGER_FOLDERS_FILE);
  let text = null;
  try {
    text = (0, import_node_fs14.readFileSync)(path, "utf8");
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
var import_node_fs14, import_node_path9, LEDGER_FOLDERS_FILE;
var init_folders_file = __esm({
  "src/sources/ledger/folders-file.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs");
    import_node_path9 = require("node:path");
    init_folders();
    init_atomic_file();
    LEDGER_FOLDERS_FILE = "ledger-folders.json";
  }
});

// src/sources/ledger/state-file.ts
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
  const size = (0, import_node_fs15.fstatSync)(fd).size;
  if (size < start) return null;
  const bytes = Buffer.allocUnsafe(size - start);
  let filled = 0;
  while (filled < bytes.length) {
    const n = (0, import_node_fs15.readSync)(fd, bytes, filled, bytes.length - filled, start + filled);
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
    fd = (0, import_node_fs15.openSync)(path, "r");
  } catch {
    return null;
  }
  const close = () => (0, import_node_fs15.closeSync)(fd);
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
  await mkdir((0, import_node_path10.dirname)(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const { header, ids, rows: rows2 } = serializeState(state);
    await writeFile(
      temp,
      Buffer.concat([Buffer.from(header + ids), new Uint8Array(rows2.buffer, rows2.byteOffset, rows2.byteLength)]),
      { mode: 384 }
    );
    await rename(temp, path);
  } catch (error2) {
    await rm(temp, { force: true });
    throw error2;
  }
}
var import_node_fs15, import_node_path10, LEDGER_STATE_FILE, NEWLINE2, HEAD_CHUNK;
var init_state_file = __esm({
  "src/sources/ledger/state-file.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    import_node_path10 = require("node:path");
    init_read_more();
    init_state();
    LEDGER_STATE_FILE = "ledger.json";
    NEWLINE2 = 10;
    HEAD_CHUNK = 1 << 16;
  }
});

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
function usableHead(stored2, options) {
  const head = stored2?.head;
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
  const stored2 = options.statePath === null ? null : openLedgerState(options.statePath);
  try {
    return await refreshFrom(stored2, options);
  } finally {
    stored2?.close();
  }
}
async function refreshFrom(stored2, options) {
  const started = Date.now();
  const budget = options.budgetMs ?? Infinity;
  let head = usableHead(stored2, options);
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
  const storedRecords = head && stored2 ? stored2.records() : null;
  if (storedRecords === null && head !== null) {
    head = null;
    ({ files, plans, removed } = planFiles(found, {}));
  }
  const state = head ?? emptyState(options.roots, options.retainFrom);
  const incoming = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const name2 = (s) => names.get(s) ?? (names.set(s, s), s);
  const keep = (record3) => {
    if (record3.at < options.retainFrom) return;
    record3.model = name2(record3.model);
    record3.project = name2(record3.project);
    addRecord(incoming, record3);
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
var init_refresh2 = __esm({
  "src/sources/ledger/refresh.ts"() {
    "use strict";
    init_packed();
    init_project();
    init_record();
    init_span();
    init_state();
    init_summary_cache();
    init_folders_file();
    init_roots();
    init_scan_pool();
    init_state_file();
  }
});

// src/cli/ledger/read.ts
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
    statePath: persist ? (0, import_node_path11.join)((0, import_node_path11.dirname)(defaultStatePath()), LEDGER_STATE_FILE) : null
  });
}
var import_node_path11, MAX_THREADS, PARALLEL_BYTES;
var init_read = __esm({
  "src/cli/ledger/read.ts"() {
    "use strict";
    import_node_path11 = require("node:path");
    init_windows2();
    init_refresh2();
    init_roots();
    init_state_file();
    init_state_path();
    MAX_THREADS = 3;
    PARALLEL_BYTES = 32 * 1024 * 1024;
  }
});

// src/core/ledger/text.ts
function formatTokens(n) {
  const { oneDecimal, whole } = numberFormats();
  if (n >= 1e9) return `${oneDecimal.format(n / 1e9)} B`;
  if (n >= 1e6) return `${oneDecimal.format(n / 1e6)} M`;
  if (n >= 1e3) return `${oneDecimal.format(n / 1e3)} k`;
  return whole.format(n);
}
function topProjects(s, limit = TOP_PROJECTS) {
  return s.byProject.slice(0, limit).map((p) => `${p.project} ${formatPercent(p.share * 100, true)}`).join(", ");
}
function localLine(s, lead = MAC_LEAD) {
  const head = `${lead}: ${formatTokens(s.tokens.total)} tokens`;
  return s.tokens.total > 0 ? `${head} \u2014 ${topProjects(s)}` : head;
}
var formats, numberFormats, TOP_PROJECTS, MAC_LEAD, LOCAL_CAVEAT;
var init_text2 = __esm({
  "src/core/ledger/text.ts"() {
    "use strict";
    init_windows();
    numberFormats = () => formats ??= {
      oneDecimal: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
      whole: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })
    };
    TOP_PROJECTS = 3;
    MAC_LEAD = "This Mac's Claude Code in this window";
    LOCAL_CAVEAT = "Counts Claude Code on this machine only: not claude.ai in a browser, not other machines. Tokens are not the server's percent, which weighs models, peak hours and tool calls.";
  }
});

// src/cli/ledger/render.ts
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
var plural;
var init_render = __esm({
  "src/cli/ledger/render.ts"() {
    "use strict";
    init_format();
    init_text2();
    init_windows();
    plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  }
});

// src/cli/ledger/command.ts
var command_exports2 = {};
__export(command_exports2, {
  addsToCodeCache: () => addsToCodeCache,
  ledgerCommand: () => ledgerCommand
});
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
var TITLES, scanningThread, addsToCodeCache;
var init_command2 = __esm({
  "src/cli/ledger/command.ts"() {
    "use strict";
    init_history_store();
    init_state_path();
    init_store();
    init_json();
    init_windows2();
    init_roots();
    init_scan_pool();
    init_args3();
    init_read();
    init_render();
    init_write_out();
    TITLES = { five_hour: "5-hour window", seven_day: "7-day window" };
    scanningThread = false;
    addsToCodeCache = () => !scanningThread;
  }
});

// src/cli/table.ts
function windowLine(w, view, paint) {
  const binding2 = view.binding === w;
  const percent = paint(formatPercent(w.percent).padStart(7), w.severity);
  const bar = paint(progressBar(w.percent), w.state === "active" ? w.severity : "dim");
  const absolute2 = w.resetsAt && w.state === "active" ? ` (${formatAbsolute(w.resetsAt, view.now)})` : "";
  const pace = w.forecast.verdict === "hits_limit" ? `  ${paint(shortForecast(w.forecast, view.now), "critical")}` : "";
  const flags = [binding2 ? "\u25C0 binding" : "", w.known ? "" : "new"].filter(Boolean).join(", ");
  return `  ${w.label.padEnd(18)}${percent}  ${bar}  ${w.resetLine}${absolute2}${pace}${flags ? `  ${paint(flags, "dim")}` : ""}`;
}
function accountBlock(a, view, paint, local) {
  const via = a.sources.map((s) => `${s.sourceLabel}${s.fetchedAt ? ` ${formatAge(s.fetchedAt, view.now)}` : ""}`).join(", ");
  const lines = [`${accountTitle(a)}${a.stale ? paint("  [stale]", "warning") : ""}`, paint(`  via ${via}`, "dim")];
  if (a.windows.length === 0) lines.push("  (no windows in this reading)");
  for (const w of a.windows) {
    lines.push(windowLine(w, view, paint));
    const spent = local.get(w);
    if (spent) lines.push(paint(`      ${localLine(spent, LOCAL_LEAD)}`, "dim"));
  }
  if (a.extraUsage) lines.push(`  ${extraUsageLine(a.extraUsage)}`);
  for (const e of a.errors) lines.push(paint(`  ! ${printable(e.window)}: ${e.message}`, "warning"));
  for (const s of a.sources) for (const e of s.errors) lines.push(paint(`  ! ${s.sourceLabel}: ${e}`, "warning"));
  return lines;
}
function renderTable(view, failures, paint = plain, local = /* @__PURE__ */ new Map()) {
  const blocks = view.accounts.map((a) => accountBlock(a, view, paint, local).join("\n"));
  const notes = failures.map((f) => paint(`! ${f}`, "warning"));
  if (local.size > 0) notes.push(paint(LOCAL_CAVEAT, "dim"));
  return [...blocks, ...notes.length ? [notes.join("\n")] : []].join("\n\n");
}
function noDataHelp(offers, switchedOff = []) {
  const steps = [
    ...switchedOff.length > 0 ? [`drop ${switchedOff.join(" and ")}, which switched sources off`] : [],
    ...offers.map((offer) => OFFER_HELP[offer]),
    "pass --file PATH with a saved usage payload"
  ];
  const bullets = steps.map((step, i) => `  \u2022 ${step}${i < steps.length - 1 ? ", or" : "."}`);
  return ["No usage data available.", ...bullets].join("\n");
}
var LOCAL_LEAD, OFFER_HELP;
var init_table = __esm({
  "src/cli/table.ts"() {
    "use strict";
    init_forecast();
    init_format();
    init_summary();
    init_text2();
    init_view();
    init_text();
    init_windows();
    init_paint();
    LOCAL_LEAD = "this machine's Claude Code";
    OFFER_HELP = {
      connect_claude_code: "read Claude Code's login from the macOS Keychain: pass --keychain (macOS asks once)",
      log_in_claude_code: "log in to Claude Code (run `claude`) so its OAuth token can be read",
      set_up_companion: "connect the browser companion: in Raycast run \u201CInstall Browser Companion\u201D, then \u201CStart Bridge\u201D, and keep claude.ai logged in (from a clone: load assets/companion and run npm run bridge)"
    };
  }
});

// src/core/sources.ts
function sourceStatuses(round) {
  const { failures, snapshots, delivered, now, staleAfterMs } = round;
  return round.sources.map(({ source, sourceLabel }) => {
    const failure2 = failures.find((f) => f.source === source);
    if (failure2) {
      const neverSetUp = failure2.kind === "not_set_up" && !delivered.includes(source);
      return {
        source,
        sourceLabel,
        health: neverSetUp ? "not_set_up" : "failing",
        reason: failure2.message,
        keychainDenied: failure2.kind === "keychain_denied"
      };
    }
    const own2 = snapshots.filter((s) => s.source === source);
    const stale = own2.length > 0 && own2.every((s) => isStale(s.fetchedAt, now, staleAfterMs));
    return {
      source,
      sourceLabel,
      health: stale ? "stale" : "working",
      reason: stale ? own2.flatMap((s) => s.errors)[0] ?? null : null,
      keychainDenied: false
    };
  });
}
function setupOffers(statuses, { mac: mac2, keychainConsent }) {
  const offers = [];
  const oauth = statuses.find((s) => s.source === "oauth");
  const canConnect = mac2 && oauth !== void 0 && (oauth.keychainDenied || !keychainConsent);
  if (canConnect && (oauth.health === "not_set_up" || oauth.keychainDenied)) offers.push("connect_claude_code");
  else if (oauth?.health === "not_set_up") offers.push("log_in_claude_code");
  if (statuses.some((s) => s.source === "bridge" && s.health === "not_set_up")) offers.push("set_up_companion");
  return offers;
}
function offersWithNoData(failures, context) {
  const round = { sources: failures, failures, snapshots: [], delivered: [], now: /* @__PURE__ */ new Date(), staleAfterMs: 0 };
  return setupOffers(sourceStatuses(round), context);
}
var init_sources = __esm({
  "src/core/sources.ts"() {
    "use strict";
    init_format();
  }
});

// src/core/report.ts
function forecastJson(f) {
  return { verdict: f.verdict, rate_per_hour: rate(f.ratePerHour), limit_at: iso(f.limitAt) };
}
function windowJson(w, local) {
  const spent = local.get(w);
  return {
    key: w.key,
    label: w.label,
    percent: w.percent,
    resets_at: iso(w.resetsAt),
    severity: w.severity,
    known: w.known,
    state: w.state,
    source: w.sourceLabel,
    fetched_at: iso(w.fetchedAt),
    forecast: forecastJson(w.forecast),
    // What Claude Code on this machine spent in the window's span, from its logs; null when not read.
    local: spent ? spanJson(spent) : null
  };
}
function accountJson(a, local) {
  const extra = a.extraUsage;
  return {
    account_email: a.accountEmail,
    org_uuid: a.orgUuid,
    org_name: a.orgName,
    source: [...new Set(a.sources.map((s) => s.sourceLabel))].join(" + "),
    fetched_at: iso(a.fetchedAt),
    stale: a.stale,
    // The contract sorts strictly by percent; the UI order (comparePressure) also weighs state.
    windows: [...a.windows].sort((x, y) => y.percent - x.percent).map((w) => windowJson(w, local)),
    errors: a.errors.map((e) => ({ window: e.window, message: e.message })),
    extra_usage: extra && {
      enabled: extra.enabled,
      used: extra.used,
      limit: extra.limit,
      currency: extra.currency,
      percent: extra.percent,
      disabled_reason: extra.disabledReason,
      out_of_credits: extra.outOfCredits,
      disabled_until: iso(extra.disabledUntil)
    },
    sources: a.sources.map((s) => ({
      source: s.sourceLabel,
      kind: s.source,
      status: s.status,
      fetched_at: iso(s.fetchedAt),
      errors: s.errors
    }))
  };
}
function toJsonReport(view, failures = [], local = NONE3) {
  return {
    generated_at: view.now.toISOString(),
    accounts: view.accounts.map((a) => accountJson(a, local)),
    source_errors: failures
  };
}
var iso, rate, NONE3;
var init_report = __esm({
  "src/core/report.ts"() {
    "use strict";
    init_json();
    iso = (d) => d ? d.toISOString() : null;
    rate = (r) => r === null ? null : Math.round(r * 100) / 100;
    NONE3 = /* @__PURE__ */ new Map();
  }
});

// src/core/ledger/attribute.ts
function windowSpans(view) {
  const spans = [];
  for (const account of view.accounts) {
    for (const w of account.windows) {
      const span = windowSpan(w.key, w.resetsAt, view.now);
      if (span) spans.push([w, span]);
    }
  }
  return spans;
}
function attribution(spans, summaries) {
  return new Map(spans.map(([w], i) => [w, summaries[i]]));
}
var init_attribute = __esm({
  "src/core/ledger/attribute.ts"() {
    "use strict";
    init_span();
    init_windows2();
  }
});

// src/cli/ledger/attach.ts
async function localLedgerFor(options, view) {
  const named = options.logs !== null;
  if (!options.localLogs || options.file !== null && !named || view.accounts.length === 0) return NONE4;
  const spans = windowSpans(view);
  try {
    const snapshot = await readLocalLedger({
      configDirs: options.logs ?? process.env.CLAUDE_CONFIG_DIR,
      now: view.now,
      fixedNow: options.now !== null,
      spans: spans.map(([, span]) => span),
      // Only the default folders keep state: one-off folders are read afresh.
      persist: options.file === null && !named
    });
    if (snapshot.files === 0) return NONE4;
    return { local: attribution(spans, snapshot.summaries), failure: null };
  } catch (error2) {
    return { local: /* @__PURE__ */ new Map(), failure: `Claude Code logs: ${error2.message}` };
  }
}
var NONE4;
var init_attach = __esm({
  "src/cli/ledger/attach.ts"() {
    "use strict";
    init_attribute();
    init_read();
    NONE4 = { local: /* @__PURE__ */ new Map(), failure: null };
  }
});

// src/sources/bridge-history.ts
async function readBridgeHistory({
  url,
  fetch: fetchImpl = fetch,
  timeoutMs = DEFAULT_BRIDGE_TIMEOUT_MS
}) {
  const deadline = requestDeadline(timeoutMs);
  try {
    const response = await fetchImpl(new URL("/history", bridgeBaseUrl(url)), {
      headers: { Accept: "application/json" },
      redirect: "error",
      signal: deadline.signal
    });
    if (!response.ok) return {};
    const answer2 = historyAnswerSchema.safeParse(JSON.parse(await readCappedText(response)));
    return answer2.success ? parseHistory(answer2.data.history) : {};
  } catch {
    return {};
  } finally {
    deadline.done();
  }
}
var historyAnswerSchema;
var init_bridge_history = __esm({
  "src/sources/bridge-history.ts"() {
    "use strict";
    init_zod();
    init_history();
    init_bridge();
    init_capped_body();
    init_deadline();
    historyAnswerSchema = object({ history: unknown() });
  }
});

// src/core/alerts.ts
function parseAlertState(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).flatMap(([key, raw]) => {
      const parsed = entrySchema.safeParse(raw);
      return parsed.success ? [[key, parsed.data]] : [];
    })
  );
}
function sampleOf(w, now) {
  return { at: w.fetchedAt?.getTime() ?? now.getTime(), percent: w.percent, resetsAt: w.resetsAt?.getTime() ?? null };
}
function marksFor(w) {
  const marks = THRESHOLDS.filter((t) => w.percent >= t).map((t) => `${t}`);
  if (w.forecast.verdict === "hits_limit") marks.push("pace");
  return marks;
}
function alertFor(w, key, earned, view, account) {
  const threshold = earned.filter((m) => m !== "pace").at(-1);
  const accountPart = view.accounts.length > 1 ? [account] : [];
  const pace = w.forecast.verdict === "hits_limit" ? describeForecast(w.forecast, view.now) : null;
  if (threshold) {
    const what = threshold === "100" ? "has reached its limit" : `is at ${formatPercent(w.percent, true)}`;
    return {
      id: `${key}|${threshold}`,
      mark: threshold,
      title: `Claude ${w.label} ${what}`,
      message: [pace ?? w.resetLine, ...accountPart].join(" \xB7 ")
    };
  }
  return {
    id: `${key}|pace`,
    mark: "pace",
    title: `Claude ${w.label} will hit its limit before it resets`,
    message: [`${formatPercent(w.percent)} now`, pace ?? w.resetLine, ...accountPart].join(" \xB7 ")
  };
}
function prune2(state, now) {
  const weekAgo = now.getTime() - 7 * 24 * 60 * 6e4;
  return Object.fromEntries(
    Object.entries(state).filter(([, e]) => e.seen.at >= weekAgo).sort(([, a], [, b]) => b.seen.at - a.seen.at).slice(0, MAX_SERIES)
  );
}
function evaluateAlerts(view, state, enabled) {
  if (!enabled) return { alerts: [], state };
  const next = { ...state };
  const alerts = [];
  for (const account of view.accounts) {
    for (const w of account.windows) {
      if (w.state !== "active") continue;
      const key = historyKey(account.id, w.key);
      const seen = sampleOf(w, view.now);
      const previous = Object.hasOwn(next, key) ? next[key] : void 0;
      const sameCycle = previous !== void 0 && !isNewCycle(previous.seen, seen);
      const fired = sameCycle ? previous.fired : [];
      const earned = marksFor(w).filter((m) => !fired.includes(m));
      if (earned.length > 0) alerts.push(alertFor(w, key, earned, view, accountTitle(account)));
      next[key] = { seen, fired: [...fired, ...earned] };
    }
  }
  return { alerts, state: prune2(next, view.now) };
}
var THRESHOLDS, markSchema, entrySchema;
var init_alerts = __esm({
  "src/core/alerts.ts"() {
    "use strict";
    init_zod();
    init_forecast();
    init_history();
    init_view();
    init_windows();
    THRESHOLDS = [80, 95, 100];
    markSchema = _enum(["80", "95", "100", "pace"]);
    entrySchema = object({
      /** The reading the marks were last checked against: its reset clock identifies the cycle. */
      seen: object({ at: number2().finite(), percent: number2().finite(), resetsAt: number2().finite().nullable() }),
      fired: array(markSchema)
    });
  }
});

// src/notify/run-alerts.ts
async function runAlerts(view, options) {
  const { alerts, state } = evaluateAlerts(
    view,
    // Unreadable state costs at most one repeat of each alert.
    readStoredJson(options.store, ALERT_STATE_KEY, parseAlertState, {}),
    options.enabled
  );
  if (options.enabled) options.store.set(ALERT_STATE_KEY, JSON.stringify(state));
  for (const alert of alerts) {
    try {
      await options.notifier.notify(alert);
    } catch (error2) {
      options.onError?.(error2);
    }
  }
  return alerts;
}
var ALERT_STATE_KEY;
var init_run_alerts = __esm({
  "src/notify/run-alerts.ts"() {
    "use strict";
    init_alerts();
    init_store();
    ALERT_STATE_KEY = "alerts";
  }
});

// src/notify/stderr.ts
function alertLine(alert) {
  return `alert: ${alert.title} \u2014 ${alert.message}`;
}
function streamNotifier(write = (line) => process.stderr.write(line)) {
  return {
    notify: async (alert) => write(`${alertLine(alert)}
`)
  };
}
var init_stderr = __esm({
  "src/notify/stderr.ts"() {
    "use strict";
  }
});

// src/cli/view-command.ts
var view_command_exports = {};
__export(view_command_exports, {
  viewCommand: () => viewCommand
});
async function viewCommand(argv, commands = []) {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${usage(commands)}
`);
    return 0;
  }
  const store = new FileStore(defaultStatePath());
  const live2 = options.file === null;
  const [{ snapshots, failures: problems }, bridgeHistory] = await Promise.all([
    collect(options, store),
    live2 && options.bridge ? readBridgeHistory({ url: options.bridgeUrl }) : {}
  ]);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const clock = judgingClock(now, /* @__PURE__ */ new Date());
  const failures = describeFailures(problems);
  const accounts = mergeSnapshots(snapshots, { now, clock, staleAfterMs: options.staleAfterMinutes * 6e4 });
  if (live2) tryRecordLastReadings(lastReadingsPath(), snapshots, now);
  const view = buildView(accounts, now, live2 ? recordHistory(store, accounts, bridgeHistory, clock) : {});
  if (live2) await runAlerts(view, { store, notifier: streamNotifier(), enabled: options.alerts });
  const { local, failure: failure2 } = await localLedgerFor(options, view);
  const notes = failure2 ? [...failures, failure2] : failures;
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJsonReport(view, notes, local), null, 2)}
`);
  } else if (accounts.length > 0) {
    const colour = process.stdout.isTTY && !noColor();
    process.stdout.write(`${renderTable(view, notes, colour ? ansi : plain, local)}
`);
  }
  if (accounts.length === 0) {
    const mac2 = process.platform === "darwin";
    const offers = offersWithNoData(problems, { mac: mac2, keychainConsent: options.keychain });
    const switchedOff = [!options.bridge && "--no-bridge", !options.oauth && "--no-oauth"].filter((f) => f !== false);
    process.stderr.write(`${[...failures.map((f) => `! ${f}`), noDataHelp(offers, switchedOff)].join("\n")}
`);
    return 2;
  }
  return 0;
}
var init_view_command = __esm({
  "src/cli/view-command.ts"() {
    "use strict";
    init_args();
    init_collect();
    init_paint();
    init_table();
    init_clock();
    init_merge();
    init_sources();
    init_report();
    init_attach();
    init_view();
    init_last_readings2();
    init_state_path();
    init_store();
    init_bridge_history();
    init_history_store();
    init_run_alerts();
    init_stderr();
  }
});

// src/cli/failure.ts
init_errors();
init_args();
function failed(error2, sub) {
  const message2 = error2 instanceof UsageError ? `${error2.message} \u2014 see ${sub ? `claude-plan-meter ${sub} ` : ""}--help` : error2 instanceof InputError ? error2.message : String(error2);
  process.stderr.write(`claude-plan-meter: ${message2}
`);
  return error2 instanceof UsageError ? 64 : 1;
}

// src/cli/main.ts
var COMMANDS = {
  statusline: () => Promise.resolve().then(() => (init_command(), command_exports)).then((m) => m.statuslineCommand),
  ledger: () => Promise.resolve().then(() => (init_command2(), command_exports2)).then((m) => m.ledgerCommand)
};
async function dispatch(argv) {
  const [first = "", ...rest] = argv;
  const sub = Object.hasOwn(COMMANDS, first) ? first : null;
  try {
    if (sub) return await (await COMMANDS[sub]())(rest);
    const { viewCommand: viewCommand2 } = await Promise.resolve().then(() => (init_view_command(), view_command_exports));
    return await viewCommand2(argv, Object.keys(COMMANDS));
  } catch (error2) {
    return failed(error2, sub);
  }
}
void dispatch(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
