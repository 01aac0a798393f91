/**
 * How the double turns Raycast props into DOM attributes: strings stay strings, everything
 * structured (icons, accessories, colours) becomes JSON, so a test can read exactly what the
 * command asked Raycast to show.
 */
import type { Image, Keyboard } from "@raycast/api";

type Attributes = Record<string, string>;

export function json(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : JSON.stringify(value);
}

/** A string icon (Icon enum value, asset, URL) as is; an Image object as JSON. */
export function iconAttribute(icon: Image.ImageLike | { value: unknown; tooltip: string } | null | undefined) {
  if (icon === undefined || icon === null) return undefined;
  return typeof icon === "string" ? icon : JSON.stringify(icon);
}

/** The icon's tint colour on its own, so a test can assert on severity without parsing JSON. */
export function tintAttribute(icon: unknown): string | undefined {
  if (typeof icon !== "object" || icon === null || !("tintColor" in icon)) return undefined;
  const tint = (icon as { tintColor?: unknown }).tintColor;
  return typeof tint === "string" ? tint : json(tint);
}

/** `{ modifiers: ["cmd", "shift"], key: "c" }` → "cmd+shift+c"; a cross-platform shortcut shows its macOS form. */
export function shortcutAttribute(shortcut: Keyboard.Shortcut | null | undefined): string | undefined {
  if (!shortcut) return undefined;
  const mac = "macOS" in shortcut ? shortcut.macOS : shortcut;
  return [...mac.modifiers, mac.key].join("+");
}

/** `{ value, tooltip }` titles collapse to their value; the tooltip gets its own attribute. */
export function textAndTooltip(
  name: string,
  value: string | { value?: string | null; tooltip?: string | null } | null | undefined,
): Attributes {
  if (value === undefined || value === null) return {};
  if (typeof value === "string") return { [name]: value };
  const out: Attributes = {};
  if (value.value !== undefined && value.value !== null) out[name] = value.value;
  if (value.tooltip) out[`${name}-tooltip`] = value.tooltip;
  return out;
}

/** Drops undefined entries so React renders no empty attributes. */
export function defined(attributes: Record<string, string | undefined>): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter((e): e is [string, string] => e[1] !== undefined));
}
