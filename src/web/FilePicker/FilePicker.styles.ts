import { makeStyles, shorthands, tokens, typographyStyles } from "@fluentui/react-components";

export const useFilePickerStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  compact: { padding: tokens.spacingHorizontalS, ...shorthands.borderWidth(tokens.strokeWidthThin) },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: { ...typographyStyles.body1, margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
