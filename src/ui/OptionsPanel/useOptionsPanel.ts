import { countMethods, type Analysis, type MethodOption, type Settings, type StatusColors } from "../../core";
import type { Translate } from "../i18n";

/**
 * Why "auto" chose what it chose, in words; where indicators were scored differently, how many each way.
 * Example: "tự động: cách cộng điểm khớp với 16/17 tỷ lệ đã báo cáo".
 */
export function describeMethodReason(analysis: Analysis, t: Translate): string {
  const { points, ratio } = countMethods(analysis.indicators);
  if (points > 0 && ratio > 0) return t("reason_mixed", { points, ratio });
  const method = t(analysis.method === "points" ? "methodName_points" : "methodName_ratio");
  const reason = analysis.methodReason;
  switch (reason.kind) {
    case "reported": {
      const matched = analysis.method === "points" ? reason.points : reason.ratio;
      return t("reason_reported", { method, matched, compared: reason.compared });
    }
    case "percent":
      return t("reason_percent", { method });
    case "default":
      return t("reason_default", { method });
    case "explicit":
      return t("reason_explicit", { method });
  }
}

/** A SpinButton value, typed or stepped, as a whole number of decimals within 0–4, or null while unreadable. */
export function readDecimals(data: { value?: number | null; displayValue?: string }): number | null {
  const raw = data.value ?? (data.displayValue === undefined ? NaN : Number(data.displayValue.trim()));
  if (raw === null || !Number.isFinite(raw)) return null;
  return Math.min(4, Math.max(0, Math.round(raw)));
}

/** The options section's handlers, each turning a control's change into a settings patch. */
export function useOptionsPanel(
  settings: Settings,
  analysis: Analysis | null,
  t: Translate,
  onChange: (patch: Partial<Settings>) => void,
) {
  const methodHint =
    settings.method === "auto" && analysis && analysis.methodReason.kind !== "explicit"
      ? describeMethodReason(analysis, t)
      : undefined;
  const decimalsHint =
    settings.decimals === "auto" && analysis ? t("decimalsAutoHint", { decimals: analysis.decimals }) : undefined;
  return {
    methodHint,
    decimalsHint,
    setDecimalsAuto: (auto: boolean) => onChange({ decimals: auto ? "auto" : (analysis?.decimals ?? 0) }),
    setMethod: (value: string) => {
      if (value === "auto" || value === "points" || value === "ratio") onChange({ method: value as MethodOption });
    },
    setDecimals: (data: { value?: number | null; displayValue?: string }) => {
      const decimals = readDecimals(data);
      if (decimals !== null) onChange({ decimals });
    },
    setSheetLang: (value: string) => {
      if (value === "vi" || value === "en") onChange({ lang: value });
    },
    setColor: (status: keyof StatusColors, value: string) => {
      if (/^#[0-9a-f]{6}$/i.test(value)) onChange({ colors: { ...settings.colors, [status]: value.toUpperCase() } });
    },
    setLiveFormulas: (liveFormulas: boolean) => onChange({ liveFormulas }),
    setCaption: (appendixCaption: string) => onChange({ appendixCaption }),
  };
}
