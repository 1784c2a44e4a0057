import { useState } from "react";
import { useServices } from "../state/services";

/** "Export my data": everything the API stores about the learner, saved as a JSON file. */
export function useExportMyData() {
  const { api } = useServices();
  const [state, setState] = useState<
    { status: "idle" | "busy" | "done" } | { status: "failed"; problem: unknown }
  >({
    status: "idle",
  });
  const exportData = async () => {
    setState({ status: "busy" });
    try {
      const blob = await api.exportMyData();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = "parcours-export.json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ status: "done" });
    } catch (problem) {
      setState({ status: "failed", problem });
    }
  };
  return { state, exportData };
}
