/**
 * Threaded comments of the fake host (ExcelApi 1.10, learn.microsoft.com/javascript/api/excel/excel.commentcollection):
 * `workbook.comments` lists every comment; `add` puts one on a cell, `getItem(id)` finds one, a comment's
 * `content` can be set, `delete` removes it, `getLocation` gives its cell. Excel keeps one comment thread per cell,
 * so adding a second one to a cell fails.
 */
import { FakeClientObject } from "./fakeClientObject";
import { FakeCollection } from "./fakeCollections";
import type { FakeRequestContext } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError, invalidArgument, notFound } from "./fakeErrors";
import type { FakeComment, FakeWorkbook } from "./fakeModel";
import { FakeRange } from "./fakeRange";

const MINOR = 10;

/** Excel.Comment in the fake. */
export class FakeCommentProxy extends FakeClientObject<FakeComment> {
  constructor(
    context: FakeRequestContext,
    pathArgs: unknown[],
    private readonly locate: () => FakeComment | null,
  ) {
    super(context, "Comment", pathArgs);
  }
  protected resolve(): FakeComment | null {
    return this.locate();
  }
  protected defaultProperties(): string[] {
    return ["id", "content"];
  }
  protected readProperty(c: FakeComment, name: string): unknown {
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    throw new Error(`fake host: Comment.${name} is not modelled`);
  }
  get id(): string {
    return this.loaded("id");
  }
  get content(): string {
    return this.loaded("content");
  }
  set content(v: string) {
    this.write("content", v, MINOR, (c) => (c.content = v));
  }
  delete(): void {
    this.invoke("delete", [], MINOR, (c) => {
      const wb = this.context.host.workbook;
      wb.comments = wb.comments.filter((x) => x !== c);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, [], () => {
      const c = this.target();
      const sheet = this.context.host.workbook.sheetById(c.sheetId);
      if (!sheet) throw notFound("Comment.getLocation");
      return { sheet, rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
}

/** Excel.CommentCollection in the fake. */
export class FakeCommentCollection extends FakeCollection<FakeComment, FakeCommentProxy> {
  constructor(context: FakeRequestContext) {
    super(context, "CommentCollection");
  }
  protected models(wb: FakeWorkbook) {
    return wb.comments;
  }
  protected proxyFor(model: FakeComment): FakeCommentProxy {
    return new FakeCommentProxy(this.context, [model.id], () => this.byId(model.id));
  }
  protected itemProperty(model: FakeComment, name: string): unknown {
    if (name === "id") return model.id;
    if (name === "content") return model.content;
    throw new Error(`fake host: Comment.${name} is not modelled in collections`);
  }
  private byId(id: string): FakeComment | null {
    return this.context.host.workbook.comments.find((c) => c.id === id) ?? null;
  }

  protected loadMinor(): number {
    return MINOR;
  }

  /** `cellAddress`: a Range, or "Sheet!A1". */
  add(cellAddress: FakeRange | string, content: string): FakeCommentProxy {
    let created: string | null = null;
    this.invoke("add", [typeof cellAddress === "string" ? cellAddress : "(range)", content], MINOR, (wb) => {
      if (typeof cellAddress === "string") throw invalidArgument("CommentCollection.add", "pass a Range");
      const t = cellAddress.targetForFake();
      if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right)
        throw invalidArgument("CommentCollection.add", "a comment goes on one cell");
      if (wb.comments.some((c) => c.sheetId === t.sheet.id && c.row === t.rect.top && c.col === t.rect.left))
        throw new FakeOfficeError(
          ERROR_CODES.invalidOperation,
          "The cell already has a comment.",
          "CommentCollection.add",
        );
      const comment = {
        id: `{comment-${wb.nextCommentId++}}`,
        sheetId: t.sheet.id,
        row: t.rect.top,
        col: t.rect.left,
        content,
      };
      wb.comments.push(comment);
      created = comment.id;
    });
    return new FakeCommentProxy(this.context, [], () => (created ? this.byId(created) : null));
  }

  getItem(id: string): FakeCommentProxy {
    return new FakeCommentProxy(this.context, [id], () => {
      const c = this.byId(id);
      if (!c) throw notFound("CommentCollection.getItem");
      return c;
    });
  }
}
