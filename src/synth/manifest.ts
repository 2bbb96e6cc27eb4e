/**
 * Dataset manifests: the JSON file written beside every generated data file
 * (`<file>.manifest.json`) that says how to regenerate it (scenario, parameters, seed,
 * injections, library version) and how to check it (format, schema, row count, size,
 * sha256).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { GroundTruth, InjectionSpec } from "./injection-types";
import { Column, ColumnSpec, ColumnType, Columns } from "./scenario";
import { DatasetFormat } from "./writers/dataset-format";
import { DatasetIntegrityError } from "./writers/dataset-integrity-error";

/** One column of a manifest's schema. */
export interface ManifestField {
  /** Column name. */
  name: string;
  /** Storage type (see {@link ColumnType}); Arrow/Parquet types follow from it. */
  type: ColumnType;
  /** Unit of the values ("s", "USD", …), when the column has one. */
  unit?: string;
  /** True when the column may hold nulls. */
  nullable: boolean;
  /** What the column holds. */
  description?: string;
  /** Labels of a dictionary column, in index order. */
  categories?: string[];
  /** Vector length of an embedding column. */
  size?: number;
}

/** The manifest of one data file. Every field is plain JSON. */
export interface DatasetManifest {
  /** Manifest layout version (1). */
  manifestVersion: 1;
  /** What produced the data: always "mlsys-lab.synth". */
  generator: "mlsys-lab.synth";
  /** The counter-based PRNG behind every draw. */
  prng: "philox4x32-10";
  /** Scenario name, a key of {@link SCENARIOS}. */
  scenario: string;
  /** Resolved scenario parameters (defaults merged with overrides). */
  params: Record<string, unknown>;
  /** Seed, an integer in [0, 2^53). */
  seed: number;
  /** Rows asked of the generator (before injections that add rows). */
  generatedRows: number;
  /** Drift and fault injections applied to the whole table, in order. */
  drift: InjectionSpec[];
  /** Ground truth of those injections (row indices refer to the whole table). */
  groundTruth: GroundTruth[];
  /** Rows of the whole table (after injections), over all partitions. */
  totalRows: number;
  /** Partition index of this file, 0-based. */
  partition: number;
  /** Number of partition files the table was cut into. */
  partitions: number;
  /** First row of this file within the whole table. */
  rowStart: number;
  /** Rows in this file. */
  rows: number;
  /** File format. */
  format: DatasetFormat;
  /** File name (no directory). */
  file: string;
  /** File size in bytes. */
  bytes: number;
  /** Lower-case hex sha256 of the file's bytes. */
  sha256: string;
  /** mlsys-lab version that wrote the file. */
  libraryVersion: string;
  /** Columns in file order. */
  schema: ManifestField[];
}

/** Suffix of a manifest's file name. */
export const MANIFEST_SUFFIX = ".manifest.json";

/**
 * Path of the manifest that belongs to a data file: `<file>.manifest.json`.
 *
 * @example
 * ```ts
 * manifestPathOf("datasets/clickstream-50k.parquet"); // "datasets/clickstream-50k.parquet.manifest.json"
 * ```
 */
export function manifestPathOf(dataPath: string): string {
  return `${dataPath}${MANIFEST_SUFFIX}`;
}

/**
 * Builds a manifest's schema from generated columns and the scenario's column specs
 * (units and descriptions come from the specs when the column kept its declared type;
 * injected schema faults can change a type).
 * @internal
 */
export function manifestFields(columns: Columns, specs: readonly ColumnSpec[]): ManifestField[] {
  const byName = new Map(specs.map((s) => [s.name, s]));
  return Object.entries(columns).map(([name, c]: [string, Column]) => {
    const spec = byName.get(name);
    const field: ManifestField = { name, type: c.type, nullable: c.nulls !== undefined || spec?.nullable === true };
    if (spec && spec.type === c.type) {
      if (spec.unit) field.unit = spec.unit;
      field.description = spec.description;
    }
    if (c.type === "dictionary") field.categories = [...(c.dictionary ?? [])];
    if (c.type === "embedding") field.size = c.size;
    return field;
  });
}

/**
 * Reads and checks the shape of the manifest beside a data file.
 *
 * @param dataPath - path of the data file (not of the manifest)
 * @returns the parsed manifest
 * @throws DatasetIntegrityError (check "manifest") when the manifest is missing, is not
 * JSON, lacks a required field or names another file
 * @example
 * ```ts
 * readManifest("datasets/credit-20k.csv").rows; // 20000
 * ```
 */
export function readManifest(dataPath: string): DatasetManifest {
  const where = manifestPathOf(dataPath);
  let text: string;
  try {
    text = fs.readFileSync(where, "utf8");
  } catch {
    throw new DatasetIntegrityError(dataPath, "manifest", `a manifest at ${where}`, "no such file");
  }
  let m: DatasetManifest;
  try {
    m = JSON.parse(text) as DatasetManifest;
  } catch (e) {
    throw new DatasetIntegrityError(dataPath, "manifest", "valid JSON", (e as Error).message);
  }
  const required: (keyof DatasetManifest)[] = ["scenario", "seed", "rows", "format", "bytes", "sha256", "schema", "params"];
  const missing = required.filter((k) => m === null || typeof m !== "object" || m[k] === undefined);
  if (missing.length > 0) throw new DatasetIntegrityError(dataPath, "manifest", `fields ${required.join(", ")}`, `missing ${missing.join(", ")}`);
  if (m.file !== undefined && m.file !== path.basename(dataPath)) {
    throw new DatasetIntegrityError(dataPath, "manifest", `a manifest for ${path.basename(dataPath)}`, `one for ${m.file}`);
  }
  return m;
}
