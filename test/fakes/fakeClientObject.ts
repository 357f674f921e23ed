/**
 * The proxy base class of the fake host. Like Office.js: properties can be read only after `load()` and
 * `sync()`; writes and method calls are queued and run at the next sync; `*OrNullObject` proxies report
 * `isNullObject` after a load.
 */
import { newPathId, type FakeRequestContext, type OperationOwner } from "./fakeContext";
import { notFound, notLoaded } from "./fakeErrors";

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function loadList(option: LoadOption): string[] {
  const raw = typeof option === "object" && option !== null && !Array.isArray(option) ? option.select : option;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

const clone = <V>(v: V): V => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V));

/** Base of every proxy: load/sync bookkeeping, queued writes and method calls. */
export abstract class FakeClientObject<T> implements OperationOwner {
  private snapshot: Record<string, unknown> | null = null;
  private nullObject: boolean | undefined;
  readonly pathId = newPathId();

  /** `pathArgs`: what the object path of this proxy carries in a request (a range's address, a sheet's name). */
  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    readonly pathArgs: unknown[] = [],
  ) {}

  get pathName(): string {
    return this.typeName;
  }

  /** The model object, null for a missing `*OrNullObject` target; throws ItemNotFound otherwise. Runs at sync. */
  protected abstract resolve(): T | null;
  /** A loadable scalar property's current value in the model. */
  protected abstract readProperty(target: T, name: string): unknown;
  /** Scalar properties loaded by a bare `load()`. */
  protected abstract defaultProperties(): string[];
  /** Child proxies reachable through "child/property" load paths. */
  protected child(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }
  /** Sheet name for failure injectors. */
  protected sheetName(): string | undefined {
    return undefined;
  }

  load(option?: LoadOption): this {
    const own: string[] = [];
    for (const path of loadList(option)) {
      const slash = path.indexOf("/");
      if (slash < 0) own.push(path);
      else {
        const child = this.child(path.slice(0, slash));
        if (!child) throw new Error(`fake host: cannot load "${path}" on ${this.typeName}`);
        child.load(path.slice(slash + 1));
      }
    }
    const props = own.length || loadList(option).length ? own : this.defaultProperties();
    this.context.enqueue(
      `${this.typeName}.load`,
      props,
      1,
      () => this.sheetName(),
      () => this.runLoad(props),
      this,
    );
    return this;
  }

  protected runLoad(props: string[]): void {
    const target = this.resolve();
    if (target === null) {
      this.nullObject = true;
      this.snapshot = {};
      return;
    }
    this.nullObject = false;
    const picked: Record<string, unknown> = {};
    for (const p of props) picked[p] = clone(this.readProperty(target, p));
    this.context.addResponse(picked);
    this.snapshot = { ...(this.snapshot ?? {}), ...picked };
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullObject;
  }

  /** A loaded property; throws PropertyNotLoaded like Office.js when it was not loaded and synced. */
  protected loaded<V>(name: string): V {
    if (!this.snapshot || !(name in this.snapshot)) throw notLoaded(this.typeName, name);
    return this.snapshot[name] as V;
  }

  /** The model object for a write; a null object cannot be written. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw notFound(this.typeName);
    return t;
  }

  /** Queues a property write. */
  protected write(name: string, value: unknown, minor: number, apply: (target: T) => void): void {
    this.context.enqueue(
      `${this.typeName}.${name}`,
      value,
      minor,
      () => this.sheetName(),
      () => apply(this.target()),
      this,
    );
  }

  /** Queues a method call. */
  protected invoke(name: string, args: unknown[], minor: number, apply: (target: T) => void): void {
    this.context.enqueue(
      `${this.typeName}.${name}`,
      args,
      minor,
      () => this.sheetName(),
      () => apply(this.target()),
      this,
    );
  }

  /** Marks a proxy created from already-known data as loaded (collection items). */
  markLoaded(values: Record<string, unknown>): void {
    this.nullObject = false;
    this.snapshot = { ...(this.snapshot ?? {}), ...values };
  }

  toJSON(): Record<string, unknown> {
    return { ...(this.snapshot ?? {}) };
  }
}
