import { Spinner } from "@inkjs/ui";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { Passage } from "./Passage.tsx";
import { rowsOf } from "./ScrollList.tsx";

/** What a screen shows while its data is not there: the failure, or that it is on its way (a spinner). */
export function Status({ error }: { error?: unknown }) {
  const { theme, lang, size } = useUi();
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <Passage
        text={`${message} ${t(lang, "retry")}`}
        width={size.columns}
        height={rowsOf(`${message} ${t(lang, "retry")}`, size.columns)}
        marks={[{ start: 0, end: message.length, style: theme.error }]}
      />
    );
  }
  return <Spinner label={t(lang, "loading")} />;
}
