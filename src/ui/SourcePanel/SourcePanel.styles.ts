import { makeStyles, tokens } from "@fluentui/react-components";

export const useSourcePanelStyles = makeStyles({
  pickRow: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "180px" },
  facts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minHeight: "20px" },
});
