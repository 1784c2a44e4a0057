import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { PreviewControls } from "../state/host";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: "8px",
    alignItems: "end",
    flexWrap: "wrap",
    padding: "6px 12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  field: { minWidth: 0, flex: "1 1 120px" },
  // Long sample titles must not widen the pane past 320 px.
  select: { width: "100%", minWidth: 0 },
});

/**
 * Preview host only: pick the simulated host and its sample. The pane switches in place and keeps the
 * choice in the URL, so a reload shows the same thing.
 */
export function PreviewSwitcher(props: { preview: PreviewControls }) {
  const { t, l, lang } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const { preview } = props;
  const current = preview.current();
  const samples = preview.samples.filter((s) => s.previewHost === current.previewHost);

  // The URL follows once the sample is shown; should its host's code be unreachable, the pane stays on
  // the sample it shows, and so does the URL.
  const show = (sampleId: string, previewHost: string) => {
    preview.show(sampleId).then(
      () => {
        const url = new URL(location.href);
        url.searchParams.set("host", previewHost);
        url.searchParams.set("sample", sampleId);
        url.searchParams.set("lang", lang);
        history.replaceState(null, "", url);
      },
      () => undefined,
    );
  };

  // Switching the pane's language switches the sample to the same situation in that language.
  useEffect(() => {
    const now = preview.current();
    const sample = preview.samples.find((s) => s.id === now.sampleId);
    if (!sample || sample.lang === lang) return;
    const twin = preview.samples.find(
      (s) => s.scenario === sample.scenario && s.previewHost === sample.previewHost && s.lang === lang,
    );
    const host = preview.hosts.find((h) => h.id === now.previewHost);
    const target = twin?.id ?? host?.defaultSample[lang];
    if (target && target !== sample.id) show(target, now.previewHost);
  }, [lang, preview]);

  return (
    <div className={styles.bar} role="region" aria-label={t.preview.label} data-testid="preview-switcher">
      <Field label={t.preview.label} size="small" className={styles.field}>
        <Select
          size="small"
          className={styles.select}
          value={current.previewHost}
          aria-describedby={hintId}
          onChange={(_e, data) => {
            const host = preview.hosts.find((h) => h.id === data.value);
            if (host) show(host.defaultSample[lang], host.id);
          }}
        >
          {preview.hosts.map((h) => (
            <option key={h.id} value={h.id}>
              {l(h.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.preview.sample} size="small" className={styles.field}>
        <Select
          size="small"
          className={styles.select}
          value={current.sampleId}
          onChange={(_e, data) => show(data.value, current.previewHost)}
        >
          {samples.map((s) => (
            <option key={s.id} value={s.id} lang={s.lang}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} id={hintId}>
        {t.preview.hint}
      </Text>
    </div>
  );
}
