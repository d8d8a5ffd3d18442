import { ItemList } from "../components/ItemList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { dateLabel, type Lang, pick, t } from "../i18n.ts";
import { factItems, type ScreenProps } from "../routes.ts";

/**
 * Dated events, earliest first, each dated as precisely as the text allows ("before Aug 2021" for
 * a bound) and saying whether the text states its date or Parley infers it.
 */
export function TimelineScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang } = useUi();
  const events = useQuery("timeline", () => data.timeline());
  const names = useNames();
  const list = events.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const e = list[i];
    if (!e) return;
    const inferred = (l: Lang) => (e.inference ? `${t(l, "inferred")}: ${pick(e.inference, l)}` : "");
    const detail = e.inference ? { en: inferred("en"), id: inferred("id") } : undefined;
    open({
      name: "evidence",
      subject: { kind: "fact", title: e.label, items: factItems(e.evidence), ...(detail ? { detail } : {}) },
    });
  });
  if (!events.data || !names) return <Status error={events.error} />;
  return (
    <ItemList
      title={t(lang, "timeline")}
      items={list}
      selected={selected}
      width={width}
      height={height}
      keyOf={(e) => e.id}
      main={(e) => `${dateLabel(e, lang)}  ${pick(e.label, lang)}`}
      detail={(e) =>
        `${t(lang, e.basis)}${e.inference ? `: ${pick(e.inference, lang)}` : ""} · ${names.sourceTags(e.evidence)}`
      }
    />
  );
}
