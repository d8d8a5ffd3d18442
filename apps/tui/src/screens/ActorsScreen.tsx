import type { Actor } from "@parley/core";
import { Box, Text } from "ink";
import { Item } from "../components/Item.tsx";
import { ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { isWide, useUi } from "../contexts/ui.tsx";
import type { Names } from "../describe.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { pick, t } from "../i18n.ts";
import type { ScreenProps } from "../routes.ts";

/** The actors, and for the selected one how the sources write its name and the roles they give it. */
export function ActorsScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang, theme, size } = useUi();
  const actors = useQuery("actors", () => data.actors());
  const names = useNames();
  const list = actors.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const a = list[i];
    if (!a || a.roles.length === 0) return;
    open({
      name: "evidence",
      subject: {
        kind: "fact",
        title: a.name,
        items: a.roles.flatMap((r) => r.evidence.map((evidence) => ({ label: r.role, evidence }))),
      },
    });
  });
  const actor = list[selected];
  if (!actors.data || !names || !actor) return <Status error={actors.error} />;
  const wide = isWide(size);
  const listWidth = wide ? Math.floor(width * 0.4) : width;
  const listHeight = wide ? height - 1 : Math.max(2, Math.floor((height - 1) / 2));
  return (
    <Box flexDirection={wide ? "row" : "column"} width={width} height={height}>
      <Box flexDirection="column" width={listWidth} marginRight={wide ? 1 : 0}>
        <Text {...theme.title}>{t(lang, "actors")}</Text>
        <ScrollList
          items={list}
          selected={selected}
          height={listHeight}
          keyOf={(a) => a.id}
          render={(a, isSelected) => (
            <Item selected={isSelected} main={`${pick(a.name, lang)} · ${a.kind}`} />
          )}
        />
      </Box>
      <ActorDetail actor={actor} names={names} width={wide ? width - listWidth - 1 : width} />
    </Box>
  );
}

function ActorDetail({ actor, names, width }: { actor: Actor; names: Names; width: number }) {
  const { lang, theme } = useUi();
  return (
    <Box flexDirection="column" width={width} overflow="hidden">
      <Text {...theme.accent} wrap="truncate-end">
        {pick(actor.name, lang)}
      </Text>
      <Text wrap="truncate-end">
        {t(lang, "aliases")}: {actor.aliases.join(", ")}
      </Text>
      {actor.roles.length === 0 ? <Text {...theme.gap}>{t(lang, "noRoles")}</Text> : null}
      {actor.roles.map((r) => (
        <Text key={`${pick(r.role, "en")}-${r.onBehalfOfId ?? ""}`} wrap="truncate-end">
          • {pick(r.role, lang)}
          {r.onBehalfOfId ? ` · ${t(lang, "onBehalfOf")} ${names.actor(r.onBehalfOfId, lang)}` : ""}{" "}
          <Text {...theme.muted}>{names.sourceTags(r.evidence)}</Text>
        </Text>
      ))}
    </Box>
  );
}
