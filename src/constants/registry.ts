/**
 * A small typed registry: frozen records looked up by id, with user registration.
 * Hardware, models and the other catalogues are instances of it.
 */
import { InvalidParameterError } from "../util/errors";

/** Anything stored in a registry has an id. */
export interface Identified {
  readonly id: string;
}

/** A lookup table of frozen records. */
export interface Registry<T extends Identified> {
  /** What the registry holds, for messages: "hardware", "model". */
  readonly kind: string;
  /**
   * The record with `id` (case-insensitive); throws listing the known ids. `functionName`
   * and `parameter` (default: the registry's kind and `"id"`) name the caller in the error.
   */
  get(id: string, functionName?: string, parameter?: string): T;
  /** True when `id` is registered. */
  has(id: string): boolean;
  /** All records, in registration order. */
  list(): readonly T[];
  /** Adds (or, with `replace`, overwrites) a record and returns the frozen copy. */
  register(record: T, options?: { replace?: boolean }): T;
  /** Accepts either an id or a record (a user's own spec), returning the record. */
  resolve(idOrRecord: string | T, functionName?: string, parameter?: string): T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * Creates a registry pre-filled with `records`.
 *
 * @example
 * ```ts
 * const colours = createRegistry("colour", [{ id: "red" }]);
 * colours.get("RED")       // { id: "red" }
 * colours.get("blue")      // InvalidParameterError: colour: id must be one of "red"; got "blue"
 * ```
 */
export function createRegistry<T extends Identified>(kind: string, records: readonly T[]): Registry<T> {
  const byId = new Map<string, T>();
  const key = (id: string): string => id.toLowerCase();

  const registry: Registry<T> = {
    kind,
    get(id, functionName = kind, parameter = "id") {
      const found = typeof id === "string" ? byId.get(key(id)) : undefined;
      if (!found) {
        const known = [...byId.values()].map((r) => JSON.stringify(r.id)).join(", ");
        throw new InvalidParameterError(functionName, parameter, id, `one of ${known} (or register your own)`);
      }
      return found;
    },
    has: (id) => typeof id === "string" && byId.has(key(id)),
    list: () => [...byId.values()],
    register(record, options = {}) {
      if (!record || typeof record.id !== "string" || record.id.trim() === "") {
        throw new InvalidParameterError(`register ${kind}`, "id", record?.id, "a non-empty string");
      }
      if (byId.has(key(record.id)) && !options.replace) {
        throw new InvalidParameterError(`register ${kind}`, "id", record.id, "an id not yet registered (pass { replace: true } to overwrite)");
      }
      const frozen = deepFreeze({ ...record });
      byId.set(key(record.id), frozen);
      return frozen;
    },
    resolve(idOrRecord, functionName = kind, parameter = kind) {
      if (typeof idOrRecord === "string") return registry.get(idOrRecord, functionName, parameter);
      if (idOrRecord && typeof idOrRecord === "object" && typeof idOrRecord.id === "string") return idOrRecord;
      throw new InvalidParameterError(functionName, parameter, idOrRecord, `a registered ${kind} id or a ${kind} record`);
    },
  };
  for (const record of records) registry.register(record);
  return registry;
}
