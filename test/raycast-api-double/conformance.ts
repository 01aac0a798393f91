/**
 * Compile-time proof that the double matches the real @raycast/api (checked by `npm run typecheck`):
 * every value it exports must be callable like the real export of the same name, and every member
 * it provides (List.Item, Action.Push, Toast.Style.Failure, …) must match the real member. The double
 * may leave members out (Form, Grid, AI); it may not get one wrong. Classes are checked on their
 * public members and constructor, since the real ones have private fields.
 */
import type * as Api from "@raycast/api";
import type * as Double from "./index";

type DoubleOnly = "NavigationContext" | "searchBars";
type Classes = "Cache" | "Toast";
type Shared = Exclude<keyof typeof Double, DoubleOnly | Classes>;

type CallOf<R> = R extends (...args: infer A) => infer T ? (...args: A) => T : unknown;
/** The real type with every member optional, recursively, but call signatures kept. */
type Covering<R> = CallOf<R> & { [K in keyof R]?: Covering<R[K]> };

type Public<T> = { [K in keyof T]: T[K] };

type Mismatches =
  | { [K in Shared]: (typeof Double)[K] extends Covering<(typeof Api)[K]> ? never : K }[Shared]
  | (typeof Double.Cache extends new (options?: Api.Cache.Options) => Public<Api.Cache> ? never : "Cache")
  | (typeof Double.Toast extends new (options: Api.Toast.Options) => Public<Api.Toast> ? never : "Toast")
  | (typeof Double.Toast.Style extends typeof Api.Toast.Style ? never : "Toast.Style");

/** Fails to compile, naming the export, when the double drifts from the real API. */
export const noMismatch: [Mismatches] extends [never] ? true : Mismatches = true;
