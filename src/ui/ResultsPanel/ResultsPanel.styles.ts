import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultsPanelStyles = makeStyles({
  written: { margin: 0 },
  line: { margin: `${tokens.spacingVerticalXXS} 0 0` },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  // Visually hidden, still read by screen readers (the group's name).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
