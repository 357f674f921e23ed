import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface AttainmentProviderProps {
  children: ReactNode;
  /** Fluent theme; default the Office-like light theme. */
  theme?: Theme;
}

/** FluentProvider with the Office-like light theme, shared by the task pane and the web page. */
export function AttainmentProvider({ children, theme = webLightTheme }: AttainmentProviderProps) {
  return <FluentProvider theme={theme}>{children}</FluentProvider>;
}
