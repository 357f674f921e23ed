import { makeStyles, tokens } from "@fluentui/react-components";

export const useSourcePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  pickRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  facts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minHeight: "16px" },
});
