import type { Lang } from "../../core";
import { AttainmentApp, LanguageProvider, LanguageSwitch, PageFrame } from "../../ui";
import { DownloadButton } from "../DownloadButton/DownloadButton";
import { DownloadWordButton } from "../DownloadWordButton/DownloadWordButton";
import { FileBanner } from "../FileBanner/FileBanner";
import { useWebApp, type WebDeps } from "./useWebApp";

export interface WebAppProps {
  deps: WebDeps;
  initialLang?: Lang;
}

/**
 * The standalone page: first a screen to choose a workbook (or the sample), then the same panel as in Excel
 * over that file, with "Download" and "Download Word" beside the results. One language for both screens.
 */
export function WebApp({ deps, initialLang = "vi" }: WebAppProps) {
  return (
    <LanguageProvider initialLang={initialLang}>
      <WebScreens deps={deps} />
    </LanguageProvider>
  );
}

function WebScreens({ deps }: { deps: WebDeps }) {
  const app = useWebApp(deps);
  const { port } = app;
  const banner = (
    <FileBanner
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
        banner={banner}
        resultActions={(outcome) => (
          <>
            <DownloadButton output={port.output()} onSave={deps.saveFile} />
            <DownloadWordButton outcome={outcome} fileName={port.fileName} onSave={deps.saveFile} />
          </>
        )}
      />
    );
  }
  return <PageFrame headerEnd={<LanguageSwitch />}>{banner}</PageFrame>;
}
