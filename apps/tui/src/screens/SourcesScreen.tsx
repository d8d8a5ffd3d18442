import { ItemList } from "../components/ItemList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { noteKindLabel, t } from "../i18n.ts";
import type { ScreenProps } from "../routes.ts";

/** The five articles, each with the kinds of note it carries; enter opens one with every quoted span marked. */
export function SourcesScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang } = useUi();
  const sources = useQuery("sources", () => data.sources());
  const names = useNames();
  const list = sources.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const s = list[i];
    if (s) open({ name: "reader", sourceId: s.id });
  });
  if (!sources.data || !names) return <Status error={sources.error} />;
  return (
    <ItemList
      title={t(lang, "sources")}
      items={list}
      selected={selected}
      width={width}
      height={height}
      keyOf={(s) => s.id}
      main={(s) => `[${names.sourceTag(s.id)}] ${s.title}`}
      detail={(s) =>
        s.notes.length > 0
          ? `${s.id} · ${t(lang, "sourceNotes")}: ${s.notes.map((n) => noteKindLabel(n.kind, lang)).join(", ")}`
          : s.id
      }
    />
  );
}
