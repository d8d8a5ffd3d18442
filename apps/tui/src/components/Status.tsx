import { Spinner } from "@inkjs/ui";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { rowsOfText, Scrolled } from "./Scrolled.tsx";

/** What a screen shows while its data is not there: the failure, or that it is on its way (a spinner). */
export function Status({ error }: { error?: unknown }) {
  const { theme, lang, size } = useUi();
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error);
    const marks = [{ start: 0, end: message.length, style: theme.error }];
    const rows = rowsOfText(`${message} ${t(lang, "retry")}`, size.columns, {}, marks);
    return <Scrolled rows={rows} top={0} height={rows.length} width={size.columns} />;
  }
  return <Spinner label={t(lang, "loading")} />;
}
