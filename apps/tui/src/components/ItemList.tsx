import { Box, Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { Item } from "./Item.tsx";
import { ScrollList } from "./ScrollList.tsx";

interface ItemListProps<T> {
  title: string;
  items: readonly T[];
  selected: number;
  width: number;
  height: number;
  keyOf: (item: T) => string;
  main: (item: T) => string;
  detail: (item: T) => string;
}

/** A titled screen-high list of two-line items (main and detail), scrolled to its selection. */
export function ItemList<T>({
  title,
  items,
  selected,
  width,
  height,
  keyOf,
  main,
  detail,
}: ItemListProps<T>) {
  const { lang, theme } = useUi();
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title}>{title}</Text>
      {items.length === 0 ? <Text {...theme.gap}>{t(lang, "nothing")}</Text> : null}
      <ScrollList
        items={items}
        selected={selected}
        height={height - 1}
        heightOf={() => 2}
        keyOf={keyOf}
        render={(item, isSelected) => <Item selected={isSelected} main={main(item)} detail={detail(item)} />}
      />
    </Box>
  );
}
