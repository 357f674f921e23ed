/**
 * Office.context.ui of the fake host: dialogs opened with displayDialogAsync, which a test can answer
 * as the dialog page would (messageParent) or close as the user would (the X button).
 */

type Handler = (arg: { message?: string; origin?: string; error?: number }) => void;

/** One dialog the add-in opened. */
export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** What the add-in sent with `dialog.messageChild` (DialogApi 1.2), in order. */
  childMessages: string[];
  /** Simulates `Office.context.ui.messageParent(message)` from the dialog page. */
  sendToParent(message: string): void;
  /** Simulates the user closing the dialog (DialogEventReceived with error 12006). */
  closeByUser(): void;
}

/** The dialog part of the fake host. */
export interface FakeDialogHost {
  readonly dialogs: FakeDialog[];
  /** Messages the dialog page sent with messageParent (when the fake runs inside the dialog page). */
  readonly parentMessages: string[];
  /** When set, displayDialogAsync fails with this error code (12007: a dialog is already open, …). */
  dialogFailure: number | null;
  readonly ui: {
    displayDialogAsync(url: string, options?: unknown, callback?: (result: unknown) => void): void;
    messageParent(message: string): void;
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** `failure` is read when a dialog is opened, so a test can change it at any time. */
export function createFakeDialogs(failure: () => number | null): Omit<FakeDialogHost, "dialogFailure"> {
  const dialogs: FakeDialog[] = [];
  const parentMessages: string[] = [];
  return {
    dialogs,
    parentMessages,
    ui: {
      displayDialogAsync(url, options, callback) {
        const done = typeof options === "function" ? (options as (r: unknown) => void) : callback;
        const code = failure();
        if (code !== null) {
          setTimeout(
            () => done?.({ status: "failed", error: { code, message: "The dialog could not be opened." } }),
            0,
          );
          return;
        }
        const handlers = new Map<string, Handler[]>();
        const emit = (type: string, arg: Parameters<Handler>[0]) => handlers.get(type)?.forEach((h) => h(arg));
        const dialog: FakeDialog = {
          url,
          options,
          closed: false,
          childMessages: [],
          sendToParent: (message) => emit("dialogMessageReceived", { message, origin: originOf(url) }),
          closeByUser: () => {
            dialog.closed = true;
            emit("dialogEventReceived", { error: 12006 });
          },
        };
        dialogs.push(dialog);
        const api = {
          addEventHandler: (type: string, handler: Handler) =>
            handlers.set(type, [...(handlers.get(type) ?? []), handler]),
          close: () => void (dialog.closed = true),
          messageChild: (message: string) => void dialog.childMessages.push(message),
        };
        setTimeout(() => done?.({ status: "succeeded", value: api }), 0);
      },
      messageParent(message) {
        parentMessages.push(message);
      },
    },
  };
}
