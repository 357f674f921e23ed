import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { Analysis, ColumnMapping, Settings, TableLayout } from "../../core";
import { useT } from "../i18n";
import { DirectionPanel } from "../DirectionPanel/DirectionPanel";
import { useDirectionPanel } from "../DirectionPanel/useDirectionPanel";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { MappingPanel } from "../MappingPanel/MappingPanel";
import { OptionsPanel } from "../OptionsPanel/OptionsPanel";
import type { PortError } from "../../port";
import { useSettingsSectionsStyles } from "./SettingsSections.styles";
import { useSettingsSections } from "./useSettingsSections";

export interface SettingsSectionsProps {
  table: TableLayout | null;
  detected: ColumnMapping | null;
  settings: Settings;
  analysis: Analysis | null;
  /** Why the last preview failed; the columns section opens by itself to show it. */
  previewError: PortError | null;
  onChange: (patch: Partial<Settings>) => void;
}

/** The settings behind the work, folded away: columns, inferred directions, options and the panel's language. */
export function SettingsSections({
  table,
  detected,
  settings,
  analysis,
  previewError,
  onChange,
}: SettingsSectionsProps) {
  const styles = useSettingsSectionsStyles();
  const t = useT();
  const { openItems, toggle } = useSettingsSections(previewError !== null);
  const directions = useDirectionPanel(analysis);
  return (
    <section aria-label={t("settingsHeading")} className={styles.root}>
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => toggle(String(data.value))}>
        <AccordionItem value="mapping">
          <AccordionHeader as="h2" size="small">
            {t("mappingHeading")}
          </AccordionHeader>
          <AccordionPanel>
            <MappingPanel
              table={table}
              detected={detected}
              mapping={settings.mapping}
              error={previewError}
              onChange={(mapping) => onChange({ mapping })}
            />
          </AccordionPanel>
        </AccordionItem>
        {directions.length > 0 && (
          <AccordionItem value="directions">
            <AccordionHeader as="h2" size="small">
              {t("directionHeading")} ({directions.length})
            </AccordionHeader>
            <AccordionPanel>
              <DirectionPanel
                rows={directions}
                onChange={(row, direction) => onChange({ directions: { ...settings.directions, [row]: direction } })}
              />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="options">
          <AccordionHeader as="h2" size="small">
            {t("optionsHeading")}
          </AccordionHeader>
          <AccordionPanel>
            <OptionsPanel settings={settings} analysis={analysis} onChange={onChange} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="language">
          <AccordionHeader as="h2" size="small">
            {t("uiLanguage")}
          </AccordionHeader>
          <AccordionPanel>
            <LanguageSwitch />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
