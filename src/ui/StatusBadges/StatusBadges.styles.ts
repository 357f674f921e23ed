import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusBadgesStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  badge: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
});
