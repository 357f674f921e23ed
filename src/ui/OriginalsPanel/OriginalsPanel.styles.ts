import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useOriginalsPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  line: { margin: `${tokens.spacingVerticalXXS} 0 0` },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  restore: { alignSelf: "flex-start" },
});
