import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useErrorBarStyles = makeStyles({
  line: { margin: `${tokens.spacingVerticalXXS} 0 0` },
  detail: { ...typographyStyles.caption1, margin: `${tokens.spacingVerticalXXS} 0 0`, wordBreak: "break-word" },
});
