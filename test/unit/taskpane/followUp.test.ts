import { PseudonymTable } from "../../../src/core/privacy";
import type { ChatRequest } from "../../../src/taskpane/api/types";
import { historyOf, type FollowUpBase, type FollowUpTurn } from "../../../src/taskpane/hooks/useFollowUp";
import { runRequest } from "../../../src/taskpane/privacy/protect";
import type { ContextFeatures, HostContext } from "../../../src/core/types";

const context = {
  host: "word",
  mode: "edit",
  text: "Compte rendu du comité qualité.",
  title: "Comité",
  tables: [],
  meta: {},
} as unknown as HostContext;
const features = { kind: "meeting_notes" } as ContextFeatures;

const base = (request: ChatRequest): FollowUpBase => ({
  id: "run",
  request,
  modelAnswer: "Réponse pour [PERSONNE_1].",
  pseudonyms: new PseudonymTable("fr"),
});
const turn = (instruction: string, status: FollowUpTurn["status"]): FollowUpTurn => ({
  instruction,
  answer: `${instruction} (shown)`,
  modelAnswer: `${instruction} (as written)`,
  status,
});

describe("follow-up turns in the pane", () => {
  it("sends the first prompt, the answer as the model wrote it, then each finished follow-up", () => {
    const request = runRequest({ exerciseId: "x", lang: "fr", prompt: "Résume.", context, features });
    expect(request.history).toBeUndefined();
    const history = historyOf(base(request), [
      turn("Plus court.", "done"),
      turn("Plus formel.", "stopped"),
      turn("Plus simple.", "failed"),
      turn("Ajoute le délai.", "done"),
    ]);
    expect(history).toEqual([
      { role: "user", content: "Résume." },
      { role: "assistant", content: "Réponse pour [PERSONNE_1]." },
      { role: "user", content: "Plus court." },
      { role: "assistant", content: "Plus court. (as written)" },
      { role: "user", content: "Ajoute le délai." },
      { role: "assistant", content: "Ajoute le délai. (as written)" },
    ]);
  });

  it("puts an iterate or verify exercise's given turn first, in the pane's language", () => {
    const followUpOf = {
      prompt: { fr: "Résume le passage.", en: "Summarise the passage." },
      answer: { fr: "Budget de 54 000 €.", en: "Budget of 54,000." },
    };
    const request = runRequest({
      exerciseId: "word-verify-invented-amount",
      lang: "en",
      prompt: "Check your answer against the passage.",
      context,
      features,
      followUpOf,
    });
    expect(request.history).toEqual([
      { role: "user", content: "Summarise the passage." },
      { role: "assistant", content: "Budget of 54,000." },
    ]);
    expect(historyOf(base(request), []).slice(0, 3)).toEqual([
      { role: "user", content: "Summarise the passage." },
      { role: "assistant", content: "Budget of 54,000." },
      { role: "user", content: "Check your answer against the passage." },
    ]);
  });
});
