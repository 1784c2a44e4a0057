import assert from "node:assert/strict";
import {
  acceptCharter,
  checkAccessibility,
  eventually,
  freshUser,
  openPane,
  screenshot,
  STRONG_PROMPT,
  UI,
  type Lang,
  type Spec,
} from "../support";

const WORDS = {
  en: {
    shorter: "Shorter",
    send: "Send",
    stop: "Stop",
    stopped: "Stopped.",
    own: "Your own follow-up",
    checks: /^Checks on the answer · \d+ of \d+ met$/,
    left: (n: number) => (n === 1 ? "1 follow-up left" : `${n} follow-ups left`),
    used: "You have used the 3 follow-ups of this Run.",
  },
  fr: {
    shorter: "Plus court",
    send: "Envoyer",
    stop: "Arrêter",
    stopped: "Arrêté.",
    own: "Votre demande de retouche",
    checks: /^Vérifications de la réponse · \d+\u00a0sur \d+ respectées$/,
    left: (n: number) => (n === 1 ? "Encore 1 retouche possible" : `Encore ${n}\u00a0retouches possibles`),
    used: "Vous avez fait les 3\u00a0retouches possibles pour cette exécution.",
  },
} as const;

const FIRST: Record<Lang, string> = {
  en: "Here is a proposal:\n- Acknowledge the request and thank the member for writing.\n- Give the processing time and the documents still needed.\n- Offer a direct contact for any question.\n- Remind them of the online account.\n- Close politely.",
  fr: "Voici une proposition :\n- Accuser réception de la demande et remercier l’adhérent.\n- Indiquer le délai de traitement et les pièces manquantes.\n- Proposer un contact direct.\n- Rappeler l’espace en ligne.\n- Conclure poliment.",
};
const SHORTER: Record<Lang, string> = {
  en: "- Request received; processing within 10 days.\n- Call us with any question.",
  fr: "- Demande reçue ; traitement sous 10 jours.\n- Appelez-nous pour toute question.",
};

/** Run, the checks on the answer, then follow-ups in the thread: the answer changes each turn. */
async function followUpLoop(
  ctx: Parameters<Spec["run"]>[0],
  host: "word" | "outlook-read" | "excel",
  lang: Lang,
) {
  const page = await openPane(ctx, { host, lang, user: freshUser(`follow-${host}`) });
  const words = WORDS[lang];
  try {
    await acceptCharter(page, lang);
    await page.getByRole("button", { name: UI[lang].startExercise }).click();
    await page.getByRole("textbox", { name: UI[lang].prompt }).fill(STRONG_PROMPT[lang]);
    ctx.model.requests.length = 0;
    ctx.model.enqueue({ kind: "reply", text: FIRST[lang], chunks: 4 });
    await page.getByRole("button", { name: UI[lang].run, exact: true }).click();
    const answer = page.getByTestId("answer");
    await eventually(
      () => answer.innerText(),
      (t) => t.includes(FIRST[lang].split("\n")[1]!.slice(2, 20)),
      "first answer",
    );

    // The exercise's checks on the answer, each with its label and ✓ or ✗.
    const checks = page.getByTestId("answer-checks").first();
    await checks.waitFor({ timeout: 10_000 });
    assert.match((await checks.locator("span").first().innerText()).trim(), words.checks);
    assert.ok((await checks.locator("li").count()) > 0, "at least one check is listed");
    assert.match(await checks.innerText(), /[✓✗]/);

    const remaining = page.getByTestId("follow-up-remaining");
    assert.match(await remaining.innerText(), new RegExp(words.left(3)));

    // A quick follow-up: streamed into the thread, with the first answer sent back as the model wrote it.
    ctx.model.enqueue({ kind: "reply", text: SHORTER[lang], chunks: 3 });
    await page.getByRole("button", { name: words.shorter }).click();
    const turn = page.getByTestId("follow-up-answer").first();
    await eventually(
      () => turn.innerText(),
      (t) => t.includes(SHORTER[lang].split("\n")[1]!.slice(2, 15)),
      "the follow-up answer",
    );
    assert.notEqual((await turn.innerText()).trim(), (await answer.innerText()).trim());
    await eventually(
      () => page.getByTestId("answer-checks").count(),
      (n) => n === 2,
      "checks under the follow-up answer",
    );
    const sent = ctx.model.requests.at(-1)!.body.messages!;
    assert.deepEqual(
      sent.slice(-3).map((m) => m.role),
      ["user", "assistant", "user"],
    );
    assert.equal(sent.at(-2)!.content, FIRST[lang]);
    assert.match(await remaining.innerText(), new RegExp(words.left(2)));
    await checkAccessibility(page, `${host} ${lang} follow-up thread`);
    await screenshot(ctx, page, `follow-up-${host}-${lang}`);

    // Stop ends a streaming follow-up and keeps what arrived; it counts as one of the three.
    const slow = Array.from({ length: 40 }, (_, i) => `step${i}`).join(" ");
    ctx.model.enqueue({ kind: "reply", text: slow, chunks: 40, delayMs: 150 });
    await page.getByRole("textbox", { name: words.own }).fill("Add a table of the steps.");
    await page.getByRole("button", { name: words.send }).click();
    await eventually(
      () => page.getByTestId("follow-up-answer").last().innerText(),
      (t) => t.includes("step2"),
      "first chunks of the follow-up",
    );
    await page.getByRole("button", { name: words.stop, exact: true }).click();
    await page.getByText(words.stopped, { exact: true }).waitFor({ timeout: 5_000 });
    assert.ok(!(await page.getByTestId("follow-up-answer").last().innerText()).includes("step39"));
    assert.match(await remaining.innerText(), new RegExp(words.left(1)));

    // The learner's own follow-up uses the last one.
    for (const text of ["Sign it from the Claims team."]) {
      ctx.model.enqueue({ kind: "reply", text: `${text} Done.` });
      await page.getByRole("textbox", { name: words.own }).fill(text);
      await page.getByRole("button", { name: words.send }).click();
      await eventually(
        () => page.getByTestId("follow-up-answer").last().innerText(),
        (t) => t.includes(`${text} Done.`),
        "own follow-up answer",
      );
    }
    assert.match(await remaining.innerText(), new RegExp(words.used));
    assert.equal(
      await page.getByRole("button", { name: words.shorter }).getAttribute("aria-disabled"),
      "true",
    );
  } finally {
    await page.context().close();
  }
}

export const specs: Spec[] = [
  {
    name: "Word (English): a follow-up turn changes the answer, and the answer checks are shown",
    run: (ctx) => followUpLoop(ctx, "word", "en"),
  },
  {
    name: "Outlook read (French): follow-ups up to the limit, with the checks on each answer",
    run: (ctx) => followUpLoop(ctx, "outlook-read", "fr"),
  },
  {
    name: "Excel (English): a follow-up on an answer about the open range, with its checks",
    run: (ctx) => followUpLoop(ctx, "excel", "en"),
  },
];
