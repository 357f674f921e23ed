export { t, UI_STRINGS } from "./translate";
export type { UiKey, UiParams } from "./translate";
export { LanguageProvider, useLang, useT } from "./LanguageProvider";
export type { LanguageProviderProps, Translate } from "./LanguageProvider";
