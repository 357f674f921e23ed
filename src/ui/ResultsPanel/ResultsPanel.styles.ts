import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultsPanelStyles = makeStyles({
  written: { margin: 0 },
  line: { margin: `${tokens.spacingVerticalXXS} 0 0` },
});
