import { isHostReadError } from "../../office/errors";
import type { HostContext } from "../../core/types";
import type { PaneHost } from "./host";

/**
 * Reads the open item; when the host cannot be read (no email selected, a protected document…) the pane
 * still works with an empty context that carries the host's explanation, instead of failing to start.
 */
export async function readContextSafely(host: PaneHost): Promise<HostContext> {
  try {
    return await host.readContext();
  } catch (err) {
    if (!isHostReadError(err)) throw err;
    return {
      host: host.host,
      mode: host.mode,
      title: "",
      text: "",
      truncated: false,
      isSelection: false,
      tables: [],
      meta: {},
      notice: err.localized,
    };
  }
}
