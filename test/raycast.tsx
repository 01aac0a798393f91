/**
 * Rendering Raycast commands in tests: renderCommand() resets the @raycast/api double, sets the
 * launch context and renders inside a navigation root; the readers below turn the rendered
 * `raycast-*` elements back into plain objects (titles, accessories, actions) to assert on.
 * Importing this module resets the double before every test of the importing file.
 */
import { act, fireEvent, render, waitFor, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { NavigationRoot, resetRaycastDouble, setLaunch, type Launch } from "./raycast-api-double/control";

beforeEach(() => resetRaycastDouble());

export { rewriteCache, setPreferences, typeSearchText } from "./raycast-api-double/control";

export function renderCommand(command: ReactElement, launch?: Launch): RenderResult {
  if (launch) setLaunch(launch);
  return render(<NavigationRoot>{command}</NavigationRoot>);
}

/**
 * Lets pending work settle inside act(): promise chains (spies' .then), then every view's loading
 * (sources may do real file I/O). Not for tests whose sources never answer.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await waitFor(() => expect(document.querySelector('[is-loading="true"]')).toBeNull());
}

export function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries(Array.from(element.attributes).map((a) => [a.name, a.value]));
}

export interface Accessory {
  text?: string | { value: string | null; color?: string };
  date?: string | { value: string | null; color?: string };
  tag?: string | { value: string | null; color?: string };
  icon?: unknown;
  tooltip?: string;
}

export interface ItemView {
  title: string;
  subtitle?: string;
  icon?: string;
  tint?: string;
  tooltip?: string;
  accessories: Accessory[];
  element: Element;
}

function children(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

function itemView(element: Element): ItemView {
  const a = attributesOf(element);
  return {
    title: a.title ?? "",
    subtitle: a.subtitle,
    icon: a.icon,
    tint: a["icon-tint"],
    tooltip: a.tooltip ?? a["title-tooltip"],
    accessories: a.accessories ? (JSON.parse(a.accessories) as Accessory[]) : [],
    element,
  };
}

/** List items, in order, optionally only those inside the section titled `section` ("" for an untitled one). */
export function listItems(root: ParentNode, section?: string): ItemView[] {
  const scope = section === undefined ? root : sectionNamed(root, "raycast-list-section", section);
  return children(scope, "raycast-list-item").map(itemView);
}

/** Menu-bar items, in order (excluding alternates), optionally only those in the section titled `section`. */
export function menuItems(root: ParentNode, section?: string): ItemView[] {
  const scope = section === undefined ? root : sectionNamed(root, "raycast-menu-bar-section", section);
  return children(scope, "raycast-menu-bar-item")
    .filter((e) => !e.parentElement?.closest("raycast-menu-bar-alternate"))
    .map(itemView);
}

export function sectionTitles(root: ParentNode, tag: "list" | "menu-bar"): string[] {
  return children(root, `raycast-${tag}-section`).map((e) => e.getAttribute("title") ?? "");
}

function sectionNamed(root: ParentNode, selector: string, title: string): Element {
  const found = children(root, selector).find((e) => (e.getAttribute("title") ?? "") === title);
  if (!found) throw new Error(`no ${selector} titled "${title}"`);
  return found;
}

export function menuBar(root: ParentNode): Record<string, string> {
  const bar = root.querySelector("raycast-menu-bar");
  if (!bar) throw new Error("no MenuBarExtra rendered");
  return attributesOf(bar);
}

export interface ActionView {
  title: string;
  kind: string;
  shortcut?: string;
  attributes: Record<string, string>;
  element: Element;
}

/** Actions (ActionPanel) under `root`, in order. */
export function actionsOf(root: ParentNode): ActionView[] {
  return children(root, "raycast-action").map((element) => {
    const attributes = attributesOf(element);
    return { title: attributes.title, kind: attributes.kind, shortcut: attributes.shortcut, attributes, element };
  });
}

/** Clicks the action or menu item titled `title` under `root` and lets its effects settle. */
export async function runAction(root: ParentNode, title: string): Promise<void> {
  const target = children(root, "raycast-action, raycast-menu-bar-item").find((e) => e.getAttribute("title") === title);
  if (!target) throw new Error(`no action titled "${title}"`);
  fireEvent.click(target);
  await settle();
}

const SHOWN_ATTRIBUTES = ["title", "subtitle", "text", "tooltip", "icon-tint", "shortcut", "accessories", "disabled"];

/**
 * The rendered tree as indented text, e.g. for a report:
 * `menu-bar title="Opus 91%" icon-tint="raycast-orange"` / `  menu-bar-section title="a@b.c"` / …
 */
export function renderedTree(root: Element, depth = 0): string {
  const lines: string[] = [];
  for (const child of Array.from(root.children)) {
    const tag = child.tagName.toLowerCase();
    if (!tag.startsWith("raycast-")) {
      lines.push(renderedTree(child, depth));
      continue;
    }
    const shown = SHOWN_ATTRIBUTES.filter((name) => child.hasAttribute(name)).map(
      (name) => `${name}=${JSON.stringify(child.getAttribute(name))}`,
    );
    const text = tag === "raycast-markdown" ? [JSON.stringify(child.textContent)] : [];
    lines.push(`${"  ".repeat(depth)}${tag.slice("raycast-".length)} ${[...shown, ...text].join(" ")}`.trimEnd());
    lines.push(renderedTree(child, depth + 1));
  }
  return lines.filter(Boolean).join("\n");
}
