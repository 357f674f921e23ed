import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useSummaryChartStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  caption: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    ...typographyStyles.caption1,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  detail: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  bar: {
    display: "flex",
    minHeight: "20px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  segment: {
    flexBasis: 0,
    minWidth: "16px",
    textAlign: "center",
    ...typographyStyles.caption1Strong,
    lineHeight: "20px",
  },
});
