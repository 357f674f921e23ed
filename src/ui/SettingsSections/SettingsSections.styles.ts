import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsSectionsStyles = makeStyles({
  root: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});
