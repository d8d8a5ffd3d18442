import { Spinner } from "@inkjs/ui";
import { Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";

/** What a screen shows while its data is not there: the failure, or that it is on its way (a spinner). */
export function Status({ error }: { error?: unknown }) {
  const { theme, lang } = useUi();
  if (error !== undefined) {
    return (
      <Text wrap="wrap">
        <Text {...theme.error}>{error instanceof Error ? error.message : String(error)}</Text>{" "}
        {t(lang, "retry")}
      </Text>
    );
  }
  return <Spinner label={t(lang, "loading")} />;
}
