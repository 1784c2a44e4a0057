import { Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

/**
 * The pilot lead's results sheet (Excel only). This is the slot the results module fills: it writes
 * the cohort's adoption and skill figures into the open workbook. Shell.tsx lazy-loads this file's
 * default export and shows it only to PilotLead users in Excel.
 */
export default function ResultsScreen() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="results-title" data-testid="results-screen">
      <Text as="h2" id="results-title" size={500} weight="semibold" style={{ margin: 0 }}>
        {t.results.title}
      </Text>
      <Text as="p">{t.results.intro}</Text>
    </section>
  );
}
