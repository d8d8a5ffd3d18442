import { useStdout } from "ink";
import { useEffect, useState } from "react";
import type { Size } from "../contexts/ui.tsx";

/** The terminal's size, updated on resize so that the layout follows. */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = () => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
