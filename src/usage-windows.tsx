import { List } from "@raycast/api";

export default function Command() {
  return <List />;
}
