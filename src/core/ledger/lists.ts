/**
 * zod schemas for lists of plain values, each checked in one pass: per element, zod's machinery made
 * reading the state's header (hundreds of file marks, the stored answers) a fifth of a warm run.
 */
import * as z from "zod/mini";

const listOf = <T>(is: (v: unknown) => boolean) => z.custom<T[]>((v) => Array.isArray(v) && v.every(is));

export const strings = listOf<string>((v) => typeof v === "string");
export const numbers = listOf<number>((v) => typeof v === "number" && Number.isFinite(v));
export const counts = listOf<number>((v) => Number.isInteger(v) && (v as number) >= 0);
export const booleans = listOf<boolean>((v) => typeof v === "boolean");
export const stringLists = listOf<string[]>((v) => Array.isArray(v) && v.every((s) => typeof s === "string"));

/** The lists of an object of lists are index for index. */
export const sameLengths = (c: Record<string, unknown[]>): boolean => {
  const lengths = Object.values(c).map((column) => column.length);
  return lengths.every((n) => n === lengths[0]);
};
