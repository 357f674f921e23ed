import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core";
import { describePortError } from "../describePortError";
import { t } from "../i18n";
import type { PortError } from "../../port";
import { useErrorBarStyles } from "./ErrorBar.styles";

export interface ErrorBarProps {
  lang: Lang;
  title: string;
  error: PortError;
  intent?: "error" | "warning";
  /** Buttons such as "Try again". */
  actions?: ReactNode;
}

/** A port failure as a message bar: what went wrong, then what to do next, then the host's detail if any. */
export function ErrorBar({ lang, title, error, intent = "error", actions }: ErrorBarProps) {
  const styles = useErrorBarStyles();
  const text = describePortError(error, lang);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <p className={styles.line}>{text.message}</p>
        <p className={styles.line}>{t(lang, "nextStep", { next: text.next })}</p>
        {text.detail && <p className={styles.detail}>{t(lang, "errorDetail", { detail: text.detail })}</p>}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
