import type { AddressInfo } from "node:net";
import { createApiClient, type ApiClient } from "../../src/taskpane/api/client";
import type { TestApi } from "./api";

/** The pane's own API client, signed in as `user` of `tenant`, talking HTTP to a listening test API. */
export async function paneClient(api: TestApi, tenant: string, user: string): Promise<ApiClient> {
  const token = await api.token({ tenant, user });
  const { port } = api.app.server.address() as AddressInfo;
  return createApiClient({
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    tokens: { getToken: async () => token },
  });
}
