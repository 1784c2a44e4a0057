import { authConfig } from "../../../src/taskpane/auth/config";
import { parseDialogMessage } from "../../../src/taskpane/auth/officeDialog";
import { createTokenSource } from "../../../src/taskpane/auth/tokenSource";

describe("sign-in method", () => {
  const saved = { id: process.env.AUTH_CLIENT_ID, scope: process.env.AUTH_API_SCOPE };
  afterEach(() => {
    process.env.AUTH_CLIENT_ID = saved.id ?? "";
    process.env.AUTH_API_SCOPE = saved.scope ?? "";
  });
  const where = { search: "?user=u1", pageUrl: "https://localhost:3000/taskpane.html?host=word" };

  it("uses the dev issuer in the preview host and when the build has no client id", () => {
    process.env.AUTH_CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    expect(createTokenSource({ ...where, isPreview: true }).method).toBe("dev");
    process.env.AUTH_CLIENT_ID = "";
    expect(authConfig()).toBeNull();
    expect(createTokenSource({ ...where, isPreview: false }).method).toBe("dev");
  });

  it("falls back to the Office dialog inside Office when NAA is not supported", () => {
    process.env.AUTH_CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    process.env.AUTH_API_SCOPE = "";
    expect(authConfig()?.apiScope).toBe("api://11111111-2222-3333-4444-555555555555/access_as_user");
    expect(createTokenSource({ ...where, isPreview: false }).method).toBe("dialog");
  });

  it("accepts only well-formed messages from the sign-in dialog", () => {
    expect(parseDialogMessage(JSON.stringify({ status: "success", token: "abc" }))).toEqual({
      status: "success",
      token: "abc",
    });
    expect(parseDialogMessage(JSON.stringify({ status: "error", code: "sign_in_failed" }))).toMatchObject({
      code: "sign_in_failed",
    });
    expect(parseDialogMessage("{not json")).toBeNull();
    expect(parseDialogMessage(JSON.stringify({ status: "success" }))).toBeNull();
  });
});
