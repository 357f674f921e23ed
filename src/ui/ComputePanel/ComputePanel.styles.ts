import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useComputePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  stage: { ...typographyStyles.caption1, margin: 0, minHeight: "16px", color: tokens.colorNeutralForeground2 },
});
