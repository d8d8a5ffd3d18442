import { ItemList } from "../components/ItemList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { pick, statusLabel, t } from "../i18n.ts";
import { factItems, type ScreenProps } from "../routes.ts";

/** What the summit did or did not produce, with each outcome's status as the sources give it. */
export function OutcomesScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang } = useUi();
  const outcomes = useQuery("outcomes", () => data.outcomes());
  const names = useNames();
  const list = outcomes.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const o = list[i];
    if (o)
      open({ name: "evidence", subject: { kind: "fact", title: o.label, items: factItems(o.evidence) } });
  });
  if (!outcomes.data || !names) return <Status error={outcomes.error} />;
  return (
    <ItemList
      title={t(lang, "outcomes")}
      items={list}
      selected={selected}
      width={width}
      height={height}
      keyOf={(o) => o.id}
      main={(o) => pick(o.label, lang)}
      detail={(o) =>
        `${statusLabel(o.status, lang)}${o.claimedById ? ` · ${t(lang, "claimedBy")} ${names.actor(o.claimedById, lang)}` : ""} · ${names.sourceTags(o.evidence)}`
      }
    />
  );
}
