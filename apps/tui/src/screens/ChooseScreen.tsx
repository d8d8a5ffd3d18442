import { isSide } from "@parley/core";
import { Box, Text } from "ink";
import { useState } from "react";
import { ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useCommand } from "../hooks/use-command.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useCursor } from "../hooks/use-selection.ts";
import { pick, t } from "../i18n.ts";
import type { ScreenProps, Target } from "../routes.ts";

/** Chooses what the comparison puts side by side: two or more sides, or two or more people. */
export function ChooseScreen({
  active,
  width,
  height,
  target,
  onChoose,
}: ScreenProps & { target: Target; onChoose: (target: Target) => void }) {
  const { data, lang, theme } = useUi();
  const actors = useQuery("actors", () => data.actors());
  const [by, setBy] = useState(target.by);
  const [picked, setPicked] = useState<Record<Target["by"], readonly string[]>>({
    side: target.by === "side" ? (target.ids ?? []) : [],
    actor: target.by === "actor" ? (target.ids ?? []) : [],
  });
  const [warning, setWarning] = useState(false);
  const options = (actors.data ?? []).filter((a) => (by === "side" ? isSide(a) : a.kind === "person"));
  const { index: selected, move, set: setIndex, current } = useCursor(options.length, height - 2);

  useCommand(
    (command) => {
      if (move(command)) return;
      if (command === "pane") {
        setBy(by === "side" ? "actor" : "side");
        setIndex(0);
      } else if (command === "select") {
        const id = options[current()]?.id;
        if (!id) return;
        const ids = picked[by];
        setPicked({ ...picked, [by]: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });
        setWarning(false);
      } else if (command === "open") {
        if (picked[by].length >= 2) onChoose({ by, ids: picked[by] });
        else setWarning(true);
      }
    },
    { active },
  );

  if (!actors.data) return <Status error={actors.error} />;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        {t(lang, "chooseTitle")}:{" "}
        <Text {...(by === "side" ? theme.selected : theme.muted)}>{t(lang, "chooseSides")}</Text>{" "}
        <Text {...(by === "actor" ? theme.selected : theme.muted)}>{t(lang, "chooseActors")}</Text>
      </Text>
      <Text {...(warning ? theme.error : theme.muted)} wrap="truncate-end">
        {warning ? t(lang, "needTwo") : t(lang, "chooseHint")}
      </Text>
      <ScrollList
        items={options}
        selected={selected}
        height={height - 2}
        keyOf={(a) => a.id}
        render={(a, isSelected) => (
          <Text wrap="truncate-end" {...(isSelected ? theme.selected : {})}>
            {picked[by].includes(a.id) ? "[x] " : "[ ] "}
            {pick(a.name, lang)}
          </Text>
        )}
      />
    </Box>
  );
}
