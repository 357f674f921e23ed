import { useCallback, useEffect, useRef, useState } from "react";
import { createFilePort, type FileLike, type FilePort, type FilePortDeps, type OutputFile } from "../createFilePort";

/** What the page needs from the browser: the port's needs, plus fetching the sample and saving a download. */
export interface WebDeps extends FilePortDeps {
  /** Fetches the sample workbook shipped with the page; throws when it cannot. */
  fetchSample: () => Promise<FileLike>;
  /** Offers a file for download (nothing is sent anywhere). */
  saveFile: (file: OutputFile) => void;
}

/**
 * State of the standalone page: the port of the open file (a new port for each file, the previous one's worker
 * stopped), and the "Try the sample" fetch.
 */
export function useWebApp(deps: WebDeps) {
  const [port, setPort] = useState<FilePort | null>(null);
  const [loadingSample, setLoadingSample] = useState(false);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const current = useRef<FilePort | null>(null);

  const openFile = useCallback(
    (file: FileLike) => {
      setSampleError(null);
      current.current?.close();
      const next = createFilePort(file, deps);
      current.current = next;
      setPort(next);
    },
    [deps],
  );

  const openSample = useCallback(async () => {
    setLoadingSample(true);
    setSampleError(null);
    try {
      openFile(await deps.fetchSample());
    } catch (thrown) {
      setSampleError(thrown instanceof Error ? thrown.message : String(thrown));
    } finally {
      setLoadingSample(false);
    }
  }, [deps, openFile]);

  // The worker goes with the page.
  useEffect(() => () => current.current?.close(), []);

  return { port, loadingSample, sampleError, openFile, openSample };
}
