import { useMemo } from "react";
import { useUi } from "../contexts/ui.tsx";
import { Names } from "../describe.ts";
import { useQuery } from "./use-query.ts";

/** Actor names and source tags for the screens, or undefined until both lists are in. */
export function useNames(): Names | undefined {
  const { data } = useUi();
  const actors = useQuery("actors", () => data.actors());
  const sources = useQuery("sources", () => data.sources());
  return useMemo(
    () => (actors.data && sources.data ? new Names(actors.data, sources.data) : undefined),
    [actors.data, sources.data],
  );
}
