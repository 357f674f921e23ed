import { makeStyles } from "@fluentui/react-components";

export const useLanguageSwitchStyles = makeStyles({
  field: { alignItems: "center" },
  dropdown: { minWidth: "120px" },
});
