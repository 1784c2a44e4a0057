import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { PreviewDocumentView } from "../../../office";
import { useI18n } from "../../i18n/I18nProvider";
import type { PreviewControls } from "../../state/host";

const useStyles = makeStyles({
  box: {
    display: "grid",
    gap: "6px",
    padding: "8px",
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  page: {
    maxHeight: "240px",
    overflow: "auto",
    padding: "6px",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  block: { margin: "0 0 6px", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  inserted: {
    margin: "0 0 6px",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    paddingLeft: "6px",
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", overflowWrap: "anywhere" },
  written: {
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
    padding: "2px 4px",
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * Preview host only: the simulated document after the pane wrote into it — the Word text, the message
 * being written, the reply form, or the sheet — with what was inserted marked. Shown once something was
 * written, so the preview proves the insertion the way Office would show it.
 */
export function PreviewDocument(props: { preview: PreviewControls }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { preview } = props;
  const [view, setView] = useState<PreviewDocumentView>(() => preview.document());
  const insertedRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    setView(preview.document());
    return preview.onDocumentChanged(() => setView(preview.document()));
  }, [preview]);
  // Bring the newest insertion into view inside the simulated page.
  // (Newer browsers return a promise from scrollIntoView: never hand it to React as a clean-up.)
  useEffect(() => {
    insertedRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [view]);
  if (view.writes === 0) return null;

  const lastInserted = view.blocks.map((b) => b.inserted).lastIndexOf(true);
  return (
    <section className={styles.box} aria-labelledby={titleId} data-testid="preview-document">
      <Text as="h4" id={titleId} weight="semibold" size={200} style={{ margin: 0 }}>
        {t.realWork.documentTitle} — {view.title}
      </Text>
      <Text size={200}>{t.realWork.documentHint}</Text>
      {view.blocks.length > 0 ? (
        <div className={styles.page} data-testid="preview-document-body" tabIndex={0} role="document">
          {view.blocks.map((block, i) =>
            block.inserted ? (
              <p
                key={i}
                className={styles.inserted}
                data-inserted="true"
                ref={i === lastInserted ? (el) => void (insertedRef.current = el) : undefined}
              >
                <span className="visually-hidden" style={{ position: "absolute", left: "-10000px" }}>
                  {t.realWork.inserted}:{" "}
                </span>
                {block.text}
              </p>
            ) : (
              <p key={i} className={styles.block}>
                {block.text}
              </p>
            ),
          )}
        </div>
      ) : null}
      {view.replies.length > 0 ? (
        <div
          className={styles.page}
          data-testid="preview-reply"
          role="document"
          aria-label={t.realWork.replyTitle}
        >
          <Text weight="semibold" size={200}>
            {t.realWork.replyTitle}
          </Text>
          {view.replies.map((reply, i) => (
            <p key={i} className={styles.inserted} data-inserted="true">
              {reply}
            </p>
          ))}
        </div>
      ) : null}
      {view.grid ? (
        <div
          className={styles.page}
          data-testid="preview-grid"
          tabIndex={0}
          role="region"
          aria-label={view.grid.sheet}
        >
          <table className={styles.table}>
            <tbody>
              {view.grid.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td
                      key={c}
                      className={cell.written ? styles.written : styles.cell}
                      data-written={cell.written || undefined}
                    >
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
