/**
 * @jest-environment jsdom
 */
import {
  Action,
  ActionPanel,
  Cache,
  Clipboard,
  Color,
  environment,
  getPreferenceValues,
  Icon,
  LaunchType,
  List,
  showToast,
  Toast,
} from "@raycast/api";
import { showFailureToast, useCachedPromise } from "@raycast/utils";
import { resetRaycastDouble } from "./control";
import { actionsOf, listItems, renderCommand, runAction, setPreferences, settle, typeSearchText } from "../raycast";

/** useCachedPromise namespaces its cache by the function's source, so the command's loader is one function. */
const source = { load: async (): Promise<string[]> => ["apple", "pear"] };
const loadFruit = () => source.load();

function Fruit() {
  const { data, isLoading } = useCachedPromise(loadFruit, [], { keepPreviousData: true });
  return (
    <List isLoading={isLoading}>
      {(data ?? []).map((name) => (
        <List.Item
          key={name}
          title={name}
          icon={{ source: Icon.Circle, tintColor: Color.Green }}
          accessories={[{ tag: { value: "ripe", color: Color.Orange } }]}
          actions={
            <ActionPanel>
              <Action.CopyToClipboard content={name} shortcut={{ modifiers: ["cmd"], key: "c" }} />
            </ActionPanel>
          }
        />
      ))}
    </List>
  );
}

test("Icon carries the real runtime values and preferences come from package.json", () => {
  expect(Icon.ArrowClockwise).toBe("arrow-clockwise-16");
  expect(getPreferenceValues<Preferences>()).toMatchObject({ menuBarTitle: "most-pressing", staleAfterMinutes: "10" });
  setPreferences({ staleAfterMinutes: "3" });
  expect(getPreferenceValues<Preferences>().staleAfterMinutes).toBe("3");
});

test("useCachedPromise renders, caches and paints the next launch from cache", async () => {
  const first = renderCommand(<Fruit />);
  await settle();
  expect(listItems(first.container).map((i) => i.title)).toEqual(["apple", "pear"]);
  expect(listItems(first.container)[0]).toMatchObject({ tint: Color.Green, accessories: [{ tag: { value: "ripe" } }] });
  first.unmount();

  source.load = () => new Promise(() => {});
  const second = renderCommand(<Fruit />);
  expect(listItems(second.container).map((i) => i.title)).toEqual(["apple", "pear"]);
  second.unmount();
  source.load = async () => ["apple", "pear"];
});

test("actions run on click; search filters by title", async () => {
  const { container } = renderCommand(<Fruit />);
  await settle();
  const copy = actionsOf(listItems(container)[1].element)[0];
  expect(copy).toMatchObject({ title: "Copy to Clipboard", shortcut: "cmd+c", kind: "copy-to-clipboard" });
  await runAction(listItems(container)[1].element, "Copy to Clipboard");
  expect(await Clipboard.readText()).toBe("pear");
  typeSearchText("app");
  expect(listItems(container).map((i) => i.title)).toEqual(["apple"]);
});

test("failure toasts are spied; background launches suppress useCachedPromise's toast", async () => {
  await showFailureToast(new Error("boom"), { title: "Could not load" });
  expect(showToast).toHaveBeenCalledWith(
    expect.objectContaining({ style: Toast.Style.Failure, title: "Could not load" }),
  );
  expect(environment.launchType).toBe(LaunchType.UserInitiated);
});

test("Cache methods are bound and notify subscribers; reset empties it", () => {
  const { get, set, subscribe } = new Cache({ namespace: "n" });
  const heard: Array<string | undefined> = [];
  const unsubscribe = subscribe((_key, data) => heard.push(data));
  set("k", "v");
  expect(get("k")).toBe("v");
  expect(new Cache({ namespace: "n" }).get("k")).toBe("v");
  unsubscribe();
  set("k", "w");
  expect(heard).toEqual(["v"]);
  resetRaycastDouble();
  expect(get("k")).toBeUndefined();
});
