import { makeStyles, tokens } from "@fluentui/react-components";

export const useMappingPanelStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  line: { margin: `${tokens.spacingVerticalXXS} 0 0` },
});
