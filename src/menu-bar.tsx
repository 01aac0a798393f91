import { MenuBarExtra } from "@raycast/api";

export default function Command() {
  return <MenuBarExtra title="Claude" tooltip="Claude Plan Meter" />;
}
