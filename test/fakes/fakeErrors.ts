/**
 * Errors raised by the fake host, shaped like OfficeExtension.Error (code, message, debugInfo.errorLocation).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation = "",
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The OfficeExtension error codes the fake raises. */
export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

/** PropertyNotLoaded, as Office.js raises it on reading an unloaded property. */
export const notLoaded = (type: string, property: string): FakeOfficeError =>
  new FakeOfficeError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );

/** ItemNotFound. */
export const notFound = (location: string): FakeOfficeError =>
  new FakeOfficeError(ERROR_CODES.itemNotFound, "The requested resource doesn't exist.", location);

/** InvalidArgument, with an optional detail. */
export const invalidArgument = (location: string, detail = ""): FakeOfficeError =>
  new FakeOfficeError(
    ERROR_CODES.invalidArgument,
    `The argument is invalid or missing or has an incorrect format.${detail ? ` ${detail}` : ""}`,
    location,
  );

/** What Excel answers to a write on a protected sheet. */
export const protectedSheet = (location: string): FakeOfficeError =>
  new FakeOfficeError(
    ERROR_CODES.accessDenied,
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    location,
  );
