import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useIndicatorListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  filter: { alignItems: "center", minWidth: 0, maxWidth: "100%" },
  dropdown: { minWidth: 0, maxWidth: "min(100%, 360px)" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { ...typographyStyles.body1, overflowWrap: "anywhere" },
  facts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  badge: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  goTo: { marginLeft: "auto" },
});
