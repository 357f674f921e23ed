import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useOptionsPanelStyles = makeStyles({
  spin: { maxWidth: "96px" },
  decimals: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  colors: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1,
    padding: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground1,
  },
  color: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, cursor: "pointer" },
  swatch: {
    width: "32px",
    height: "24px",
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    cursor: "pointer",
  },
});
