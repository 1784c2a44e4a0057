import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ReferenceApp } from "./ReferenceApp";

// Microsoft's template renders inside Office.onReady; outside Office (this bench) there is nothing to
// wait for, so the reference renders at once, as Parcours' preview host does.
const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <ReferenceApp title="Reference task pane" />
  </FluentProvider>,
);
