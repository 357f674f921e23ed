/** Shared React UI of the add-in: the task pane and the web page mount `AttainmentApp` with their own port (src/port). */
export { AttainmentApp } from "./AttainmentApp/AttainmentApp";
export type { AttainmentAppProps } from "./AttainmentApp/AttainmentApp";
export { AttainmentProvider } from "./AttainmentProvider/AttainmentProvider";
export type { AttainmentProviderProps } from "./AttainmentProvider/AttainmentProvider";
export { PageFrame } from "./PageFrame/PageFrame";
export type { PageFrameProps } from "./PageFrame/PageFrame";
export { ErrorBar } from "./ErrorBar/ErrorBar";
export type { ErrorBarProps } from "./ErrorBar/ErrorBar";
export { t } from "./i18n";
export type { UiKey } from "./i18n";
export { describePortError } from "./describePortError";
export type { ErrorText } from "./describePortError";
