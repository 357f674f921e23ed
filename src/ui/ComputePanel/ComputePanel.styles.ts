import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useComputePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalXS },
  stage: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});
