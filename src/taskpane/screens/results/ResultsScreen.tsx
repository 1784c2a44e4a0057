import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { hiddenLabel } from "../../../core/results/masking";
import { EXCEL_RESULTS_API, writeResultsWorkbook } from "../../../office/excel-results";
import { officeGlobals } from "../../../office/globals";
import { ProblemMessage } from "../../components/ProblemMessage";
import { useI18n } from "../../i18n/I18nProvider";
import { useServices } from "../../state/services";
import { canonicalGroup, useGroupValues } from "./groupValues";
import { RESULTS_TEXTS } from "./texts";
import {
  EMPTY_FILTER,
  givenFilter,
  writeResultsSheet,
  type ResultsFilterInput,
  type ResultsSheetDeps,
  type ResultsSheetOutcome,
} from "./writeSheet";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  form: { display: "grid", gap: "8px" },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "grid",
    gap: "8px",
    margin: 0,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 160px), 1fr))",
    gap: "8px",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", gap: "4px 12px" },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
});

/**
 * The pilot lead's Results sheet (Excel): pick a period and a group, then write — or refresh — the
 * results sheets, tables and charts in the open workbook. Figures come from GET /api/v1/results, the
 * same as the .xlsx download and `parcours results`.
 */
export default function ResultsScreen() {
  const { lang } = useI18n();
  const t = RESULTS_TEXTS[lang];
  const { api } = useServices();
  const styles = useStyles();
  const [filter, setFilter] = useState<ResultsFilterInput>(EMPTY_FILTER);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ResultsSheetOutcome | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadProblem, setDownloadProblem] = useState<unknown>(null);

  const deps = useMemo<ResultsSheetDeps>(
    () => ({
      fetchResults: (f) => api.results(f),
      fetchBilan: () => api.bilan(),
      write: (report, l, bilan) => writeResultsWorkbook(report, l, undefined, bilan),
      excelSupport: () => {
        const { Office, Excel } = officeGlobals();
        if (!Excel) return "no_excel";
        const supported = Office?.context.requirements?.isSetSupported(
          EXCEL_RESULTS_API.set,
          EXCEL_RESULTS_API.version,
        );
        return supported === false ? "old_excel" : "ok";
      },
    }),
    [api],
  );

  const inExcel = useMemo(() => deps.excelSupport() === "ok", [deps]);
  const loadGroups = useCallback(() => api.results({}), [api]);
  const groups = useGroupValues(loadGroups);
  /** The filter with cohort and department in the tenant's own spelling, whatever case was typed. */
  const chosen = (): ResultsFilterInput => ({
    ...filter,
    cohort: canonicalGroup(filter.cohort, groups?.cohort ?? []),
    department: canonicalGroup(filter.department, groups?.department ?? []),
  });

  /** Saves the same figures as an .xlsx file (Office on the web and the preview can download). */
  const download = async () => {
    setDownloading(true);
    setDownloadProblem(null);
    try {
      const blob = await api.resultsWorkbook(givenFilter(chosen()), lang);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `parcours-${lang === "fr" ? "resultats" : "results"}.xlsx`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (problem) {
      setDownloadProblem(problem);
    } finally {
      setDownloading(false);
    }
  };

  const report = outcome?.status === "written" || outcome?.status === "fetched" ? outcome.report : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    setOutcome(await writeResultsSheet(deps, chosen(), lang));
    setBusy(false);
  };

  const set = (key: keyof ResultsFilterInput) => (_: unknown, data: { value: string }) =>
    setFilter((f) => ({ ...f, [key]: data.value }));
  const number = (n: number | null | undefined, digits = 0) =>
    n == null
      ? "—"
      : n.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });

  return (
    <section aria-labelledby="results-title" data-testid="results-screen" className={styles.screen}>
      <Text as="h2" id="results-title" size={500} weight="semibold" className={styles.h}>
        {t.title}
      </Text>
      <Text as="p" style={{ margin: 0 }} data-testid="results-intro">
        {inExcel ? t.intro : t.introOutsideExcel}
      </Text>

      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <fieldset className={styles.fieldset}>
          <legend>{t.filters}</legend>
          <div className={styles.pair}>
            <Field label={t.from}>
              <Input type="date" value={filter.from} onChange={set("from")} />
            </Field>
            <Field label={t.to}>
              <Input type="date" value={filter.to} onChange={set("to")} />
            </Field>
          </div>
          {(["cohort", "department"] as const).map((dimension) => (
            <Field key={dimension} label={t[dimension]}>
              {groups ? (
                <Select value={filter[dimension]} onChange={set(dimension)}>
                  <option value="">{t.any}</option>
                  {groups[dimension].map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input value={filter[dimension]} onChange={set(dimension)} placeholder={t.any} />
              )}
            </Field>
          ))}
          <Field label={t.host}>
            <Select value={filter.host} onChange={set("host")}>
              <option value="">{t.allHosts}</option>
              <option value="word">Word</option>
              <option value="outlook">Outlook</option>
              <option value="excel">Excel</option>
            </Select>
          </Field>
        </fieldset>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {inExcel ? t.write : t.show}
          </Button>
          <Button appearance="secondary" onClick={() => void download()} disabled={downloading}>
            {t.download}
          </Button>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {busy ? <Spinner size="small" label={inExcel ? t.writing : t.loading} /> : null}
        {downloading ? <Spinner size="small" label={t.downloading} /> : null}
        {outcome?.status === "written" ? (
          <MessageBar layout="multiline" intent={outcome.report.hidden ? "warning" : "success"}>
            <MessageBarBody>
              {t.written(outcome.written.created.length, outcome.written.refreshed.length)}
              {outcome.report.hidden ? ` ${t.hidden(outcome.report.k)}` : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {outcome?.status === "fetched" ? (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>
            {outcome.reason === "old_excel" ? t.oldExcel : t.needsExcel}
            {outcome.report.hidden ? ` ${t.hidden(outcome.report.k)}` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {report && !report.hidden ? (
        <section aria-labelledby="results-figures">
          <Text as="h3" id="results-figures" weight="semibold" className={styles.h}>
            {t.keyFigures}
          </Text>
          <dl className={styles.figures}>
            <dt>{t.active}</dt>
            <dd className={styles.value}>{number(report.summary.activeLearners)}</dd>
            <dt>{t.attempts}</dt>
            <dd className={styles.value}>{number(report.summary.attempts)}</dd>
            <dt>
              {t.change}
              {report.summary.scoreChange.ciLow != null ? (
                <div style={{ fontSize: tokens.fontSizeBase200 }}>
                  {t.interval(
                    number(report.summary.scoreChange.ciLow, 1),
                    number(report.summary.scoreChange.ciHigh, 1),
                  )}
                </div>
              ) : null}
            </dt>
            <dd className={styles.value}>{number(report.summary.scoreChange.mean, 1)}</dd>
            <dt>{t.minutes}</dt>
            <dd className={styles.value}>{number(report.summary.minutesSavedTotal)}</dd>
          </dl>
        </section>
      ) : report ? (
        <Text>{hiddenLabel(report.k)}</Text>
      ) : null}

      {outcome?.status === "api_failed" ? <ProblemMessage problem={outcome.problem} /> : null}
      {downloadProblem ? <ProblemMessage problem={downloadProblem} /> : null}
      {outcome?.status === "excel_failed" ? (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t.excelFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
