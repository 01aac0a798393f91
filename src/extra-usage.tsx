import { Detail } from "@raycast/api";

export default function Command() {
  return <Detail markdown="Extra usage" />;
}
