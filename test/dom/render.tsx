import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttainmentApp, AttainmentProvider, type AttainmentAppProps } from "../../src/ui";

/** Renders the app as the task pane does, inside the Fluent provider, with a user-event session. */
export function renderApp(props: AttainmentAppProps) {
  // delay: null runs the steps without timers in between, which keeps the suite fast on two cores.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AttainmentProvider>
      <AttainmentApp {...props} />
    </AttainmentProvider>,
  );
  const rerenderApp = (next: AttainmentAppProps) =>
    view.rerender(
      <AttainmentProvider>
        <AttainmentApp {...next} />
      </AttainmentProvider>,
    );
  return { ...view, user, rerenderApp };
}
