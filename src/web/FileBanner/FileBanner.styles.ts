import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useFileBannerStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { margin: 0 },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  file: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
});
