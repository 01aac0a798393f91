/** Extra Usage (view): metered usage per account; the view itself is shared with Usage Windows (⌘E). */
import { ExtraUsageDetail } from "./components/extra-usage-detail";

export default function Command() {
  return <ExtraUsageDetail />;
}
