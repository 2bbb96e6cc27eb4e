/**
 * An embedded DuckDB warehouse in a temporary file: the real engine behind the ETL and
 * ELT runs of notebook 04, small enough to open and throw away in a notebook cell.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as DuckDB from "@duckdb/node-api";
import { validatorFor } from "../util/validate";
import { duckdbApi } from "./duckdb-api";

/** Options of {@link openWarehouse}. */
export interface OpenWarehouseOptions {
  /**
   * Worker threads DuckDB may use; default 1. One thread makes every run add floating-point
   * sums in the same order (so stored bytes and feature values repeat exactly) and matches
   * the single-threaded TypeScript transform it is compared with.
   */
  readonly threads?: number;
  /**
   * Storage block size in bytes, a power of two in [16384, 262144]; default 65536 (64 KiB).
   * {@link Warehouse.storedBytes} counts whole blocks, so smaller blocks resolve small tables
   * more finely; but DuckDB's 256 KiB default stores 10⁶ clickstream events in 15.5 MB, 64 KiB
   * blocks in 15.1 MB and 16 KiB blocks in 21.8 MB (segments cannot outgrow a block). 64 KiB
   * keeps both the total and the resolution honest.
   */
  readonly blockSizeBytes?: number;
}

/** An open DuckDB database file with one connection. */
export interface Warehouse {
  /** Path of the database file. */
  readonly path: string;
  /** Storage block size in bytes. */
  readonly blockSizeBytes: number;
  /** Worker threads DuckDB uses. */
  readonly threads: number;
  /** The `@duckdb/node-api` connection, for anything the helpers do not cover (typed `unknown` to keep DuckDB's types out of this library's). */
  readonly connection: unknown;
  /** Runs SQL statements, discarding any result. */
  run(sql: string): Promise<void>;
  /** Runs a query and returns its rows as plain objects; BIGINT and HUGEINT become numbers, timestamps `Date`s. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Checkpoints (writes everything to the file) and returns the bytes in use: used blocks × block size. */
  storedBytes(): Promise<number>;
  /** Closes the connection and the database and deletes the file and its temporary directory; safe to call twice. */
  close(): void;
}

const ALIAS = "wh";

/** A query result's rows with BIGINTs as numbers and timestamps as Dates. */
function plainRows(reader: DuckDB.DuckDBResultReader): Record<string, unknown>[] {
  return reader.getRowObjectsJS().map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
  );
}

/**
 * Opens an empty DuckDB database in a file in a fresh temporary directory (an in-memory instance that
 * ATTACHes the file with the chosen block size and USEs it). A file, not `:memory:`,
 * because the point is to measure what each pipeline stores: after a CHECKPOINT,
 * `pragma_database_size()` reports the blocks in use.
 *
 * @param options - {@link OpenWarehouseOptions}
 * @returns a {@link Warehouse}; call `close()` when done
 * @throws InvalidParameterError for threads that are not an integer ≥ 1, or a bad block size
 * @throws MissingPackageError when `@duckdb/node-api` is not installed
 * @example
 * ```ts
 * const wh = await openWarehouse();
 * await wh.run("CREATE TABLE t AS SELECT range AS x FROM range(3)");
 * await wh.query("SELECT sum(x) AS s FROM t"); // [ { s: 3 } ]
 * wh.close();
 * ```
 */
export async function openWarehouse(options: OpenWarehouseOptions = {}): Promise<Warehouse> {
  const v = validatorFor("openWarehouse");
  const threads = v.integer("threads", options.threads ?? 1, 1);
  const blockSizeBytes = v.integer("blockSizeBytes", options.blockSizeBytes ?? 65536, 16384);
  if (blockSizeBytes > 262144 || (blockSizeBytes & (blockSizeBytes - 1)) !== 0) {
    v.fail("blockSizeBytes", blockSizeBytes, "a power of two in [16384, 262144]");
  }
  const duck = duckdbApi();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-lab-warehouse-"));
  const file = path.join(directory, "warehouse.duckdb");
  let instance: DuckDB.DuckDBInstance | undefined;
  let connection: DuckDB.DuckDBConnection;
  try {
    instance = await duck.DuckDBInstance.create(":memory:", { threads: String(threads) });
    connection = await instance.connect();
    await connection.run(`ATTACH '${file.replace(/'/g, "''")}' AS ${ALIAS} (BLOCK_SIZE ${blockSizeBytes}); USE ${ALIAS};`);
  } catch (e) {
    instance?.closeSync();
    fs.rmSync(directory, { recursive: true, force: true });
    throw e;
  }
  const db = instance;
  let open = true;
  // A kernel that stops before close() (an error in a later cell) still removes the file.
  const removeOnExit = () => fs.rmSync(directory, { recursive: true, force: true });
  process.once("exit", removeOnExit);
  return Object.freeze({
    path: file,
    blockSizeBytes,
    threads,
    connection,
    async run(sql: string) {
      await connection.run(sql);
    },
    async query(sql: string) {
      return plainRows(await connection.runAndReadAll(sql));
    },
    async storedBytes() {
      await connection.run(`CHECKPOINT ${ALIAS}`);
      const rows = plainRows(await connection.runAndReadAll(`SELECT used_blocks, block_size FROM pragma_database_size() WHERE database_name = '${ALIAS}'`));
      return (rows[0].used_blocks as number) * (rows[0].block_size as number);
    },
    close() {
      if (!open) return;
      open = false;
      connection.closeSync();
      db.closeSync();
      process.removeListener("exit", removeOnExit);
      fs.rmSync(directory, { recursive: true, force: true });
    },
  });
}
