// Fluent UI and axe are slow in jsdom on two cores; the project-level testTimeout is not applied to every file.
jest.setTimeout(30_000);

import { render, screen } from "@testing-library/react";
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

/** Waits until the panel has read the workbook and found the table (the source line names its rows). */
export async function tableRead(): Promise<void> {
  await screen.findByText(/Bảng từ dòng|Table on rows/, {}, { timeout: 5000 });
}

/** Opens a folded settings section ("Cột dữ liệu", "Tuỳ chọn", "Ngôn ngữ giao diện") unless it is open. */
export async function openSection(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}
