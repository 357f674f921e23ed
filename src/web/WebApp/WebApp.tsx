import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { AttainmentApp, t } from "../../ui";
import { DownloadButton } from "../DownloadButton/DownloadButton";
import { FileBanner } from "../FileBanner/FileBanner";
import { useWebApp, type WebDeps } from "./useWebApp";
import { useWebAppStyles } from "./WebApp.styles";

export interface WebAppProps {
  deps: WebDeps;
  initialLang?: Lang;
}

/**
 * The standalone page: first a screen to choose a workbook (or the sample), then the same panel as in Excel
 * over that file, with "Download" under the results.
 */
export function WebApp({ deps, initialLang = "vi" }: WebAppProps) {
  const styles = useWebAppStyles();
  const app = useWebApp(deps, initialLang);
  const { port } = app;
  const banner = (lang: Lang) => (
    <FileBanner
      lang={lang}
      fileName={port?.fileName ?? null}
      loadingSample={app.loadingSample}
      sampleError={app.sampleError}
      onFile={app.openFile}
      onSample={() => void app.openSample()}
    />
  );

  if (port) {
    return (
      <AttainmentApp
        port={port}
        initialLang={app.lang}
        banner={banner(app.lang)}
        resultActions={(_, lang) => <DownloadButton lang={lang} output={port.output()} onSave={deps.saveFile} />}
      />
    );
  }
  const names: Record<Lang, string> = { vi: t(app.lang, "langVi"), en: t(app.lang, "langEn") };
  return (
    <main lang={app.lang} className={styles.landing}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(app.lang, "appTitle")}</h1>
        <Field label={t(app.lang, "uiLanguage")} orientation="horizontal" size="small">
          <Dropdown
            size="small"
            className={styles.language}
            value={names[app.lang]}
            selectedOptions={[app.lang]}
            onOptionSelect={(_, data) => data.optionValue && app.setLang(data.optionValue === "en" ? "en" : "vi")}
          >
            <Option value="vi" lang="vi">
              {names.vi}
            </Option>
            <Option value="en" lang="en">
              {names.en}
            </Option>
          </Dropdown>
        </Field>
      </header>
      {banner(app.lang)}
    </main>
  );
}
