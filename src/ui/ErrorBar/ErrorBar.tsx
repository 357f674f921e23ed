import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { describePortError } from "../describePortError";
import { useLang, useT } from "../i18n";
import type { PortError } from "../../port";
import { useErrorBarStyles } from "./ErrorBar.styles";

export interface ErrorBarProps {
  title: string;
  error: PortError;
  intent?: "error" | "warning";
  /** Buttons such as "Try again". */
  actions?: ReactNode;
}

/** A port failure as a message bar: what went wrong, then what to do next, then the host's detail if any. */
export function ErrorBar({ title, error, intent = "error", actions }: ErrorBarProps) {
  const styles = useErrorBarStyles();
  const { lang } = useLang();
  const t = useT();
  const text = describePortError(error, lang);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <p className={styles.line}>{text.message}</p>
        <p className={styles.line}>{t("nextStep", { next: text.next })}</p>
        {text.detail && <p className={styles.detail}>{t("errorDetail", { detail: text.detail })}</p>}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
