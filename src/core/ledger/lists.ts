/**
 * zod schemas for the plain values of the ledger's own files, and for lists of them, each checked in
 * one pass. Per element, zod's machinery made reading the state's header (hundreds of file marks, the
 * stored answers) a fifth of a warm run; and each kind of zod schema a process builds first (an int
 * with a minimum, a nullable, a string) costs a refresh that reads only these files a few tenths of a
 * ms more, so the scalars are the same single checks.
 */
import * as z from "zod/mini";

const isString = (v: unknown): v is string => typeof v === "string";
const isFinite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

const listOf = <T>(is: (v: unknown) => boolean) => z.custom<T[]>((v) => Array.isArray(v) && v.every(is));

export const count = z.custom<number>(isCount);
export const finite = z.custom<number>(isFinite);
/** An epoch-ms instant or null. */
export const instant = z.custom<number | null>((v) => v === null || isFinite(v));
export const stringOrNull = z.custom<string | null>((v) => v === null || isString(v));

export const strings = listOf<string>(isString);
export const numbers = listOf<number>(isFinite);
export const counts = listOf<number>(isCount);
export const booleans = listOf<boolean>((v) => typeof v === "boolean");
export const stringLists = listOf<string[]>((v) => Array.isArray(v) && v.every(isString));

/** The lists of an object of lists are index for index. */
export const sameLengths = (c: Record<string, unknown[]>): boolean => {
  const lengths = Object.values(c).map((column) => column.length);
  return lengths.every((n) => n === lengths[0]);
};
