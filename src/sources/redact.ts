/**
 * Keeps secrets out of every message we show, store or log. Applied at each error boundary of the
 * OAuth source: the known secrets are cut out verbatim, and anything shaped like an Anthropic token
 * or a bearer header is cut out too, in case a secret arrives through a path we did not foresee.
 * @internal
 */
export const REDACTED = "[redacted]";

// Anthropic OAuth/API tokens (`sk-ant-oat01-…`, `sk-ant-ort01-…`) and `Bearer …` header values.
const TOKEN_SHAPES = [/sk-ant-[A-Za-z0-9_-]+/g, /(Bearer\s+)[^\s"',;]+/gi];

// Too short to be a token; replacing it would mangle ordinary words.
const MIN_SECRET_LENGTH = 8;

/** Every match of TOKEN_SHAPES contains one of these, so text without them is left as it is. */
const TOKEN_HINT = /sk-ant-|bearer/i;

export function redact(text: string, secrets: ReadonlyArray<string | null | undefined> = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  if (!TOKEN_HINT.test(out)) return out;
  return out.replace(TOKEN_SHAPES[0], REDACTED).replace(TOKEN_SHAPES[1], `$1${REDACTED}`);
}

/**
 * redact() over every string (keys included) of a JSON value, e.g. a snapshot about to be stored.
 * What holds no secret comes back as the same value, so a clean snapshot is not copied.
 */
function redactDeep<T>(value: T): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) {
    const items = value.map(redactDeep);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    const redacted = entries.map(([k, v]) => [redact(k), redactDeep(v)] as const);
    if (redacted.every(([k, v], i) => k === entries[i][0] && v === entries[i][1])) return value;
    // Object.fromEntries defines own properties, so a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(redacted) as T;
  }
  return value;
}

/**
 * Whether JSON text may hold a token once parsed: a token hint, or a `\u` escape (the only other way
 * JSON can spell a letter).
 */
const JSON_TOKEN_HINT = /sk-ant-|bearer|\\u/i;

/**
 * redactDeep() of a value parsed from the JSON `text`; when the text itself holds no token hint
 * nor escape, no string in the value can, and it comes back as it is without a walk.
 */
export function redactParsed<T>(text: string, value: T): T {
  return JSON_TOKEN_HINT.test(text) ? redactDeep(value) : value;
}
