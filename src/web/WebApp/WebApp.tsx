import type { Lang } from "../../core";
import { AttainmentApp, PageFrame } from "../../ui";
import { DownloadButton } from "../DownloadButton/DownloadButton";
import { FileBanner } from "../FileBanner/FileBanner";
import { useWebApp, type WebDeps } from "./useWebApp";

export interface WebAppProps {
  deps: WebDeps;
  initialLang?: Lang;
}

/**
 * The standalone page: first a screen to choose a workbook (or the sample), then the same panel as in Excel
 * over that file, with "Download" under the results.
 */
export function WebApp({ deps, initialLang = "vi" }: WebAppProps) {
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
        banner={banner}
        resultActions={(_, lang) => <DownloadButton lang={lang} output={port.output()} onSave={deps.saveFile} />}
      />
    );
  }
  return (
    <PageFrame lang={app.lang} onLangChange={app.setLang}>
      {banner(app.lang)}
    </PageFrame>
  );
}
