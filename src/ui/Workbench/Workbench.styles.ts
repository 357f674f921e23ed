import { makeStyles, tokens } from "@fluentui/react-components";

/** Narrow (the task pane): work, results, settings in one column. Wide: work and settings left, results right. */
export const useWorkbenchStyles = makeStyles({
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gridTemplateAreas: '"work" "results" "settings"',
    alignItems: "start",
    gap: tokens.spacingVerticalM,
    "@media (min-width: 900px)": {
      gridTemplateColumns: "minmax(320px, 400px) minmax(0, 1fr)",
      gridTemplateRows: "auto 1fr",
      gridTemplateAreas: '"work results" "settings results"',
      columnGap: tokens.spacingHorizontalXXL,
    },
  },
  work: { gridArea: "work", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  results: { gridArea: "results", minWidth: 0 },
  settings: { gridArea: "settings", minWidth: 0 },
});
