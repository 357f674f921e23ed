/* Entry of the standalone page (index.html): no Office, no office.js; everything happens in this tab. */
import { signalStarted } from "../boot";
import { mountWeb } from "./mountWeb";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
if (signalStarted(window)) mountWeb(root);
