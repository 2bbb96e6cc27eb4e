/**
 * Turns row chunks into Arrow record batches that all share one schema and one
 * dictionary vector per dictionary column, as the Arrow IPC file format requires
 * (it forbids replacing a dictionary mid-file).
 */
import type * as Arrow from "apache-arrow";
import { columnsToTable } from "../generate-table";
import { GroundTruth } from "../injection-types";
import { Scenario } from "../scenario";
import { RowChunk } from "./row-chunks";

/** Extra schema metadata keys written by the dataset writers (beside SYNTH_METADATA_KEYS). */
export const DATASET_METADATA_KEYS = Object.freeze({
  partition: "mlsys-lab.partition",
  rowStart: "mlsys-lab.rowStart",
  totalRows: "mlsys-lab.totalRows",
});

/** What the encoder writes into the schema metadata of one file. @internal */
export interface FileMeta {
  seed: number;
  params: Record<string, unknown>;
  groundTruth: readonly GroundTruth[];
  rows: number;
  rowStart: number;
  totalRows: number;
  partition: number;
  partitions: number;
}

/**
 * Encodes the chunks of one file. The schema (with field units and the file's
 * metadata) and the dictionaries are fixed by the first chunk; later chunks must carry
 * the same dictionary labels.
 * @internal
 */
export class BatchEncoder {
  private schema: Arrow.Schema | null = null;
  private dictionaries: (Arrow.Vector | null)[] = [];
  private labels: (readonly string[] | null)[] = [];

  constructor(private readonly scenario: Scenario<object>, private readonly meta: FileMeta) {}

  /** The file's schema (after the first {@link encode}). */
  get arrowSchema(): Arrow.Schema {
    if (this.schema === null) throw new Error("BatchEncoder: no chunk encoded yet");
    return this.schema;
  }

  /** Encodes one chunk as a record batch of the file's schema. */
  encode(chunk: RowChunk): Arrow.RecordBatch {
    const A = require("apache-arrow") as typeof Arrow;
    const table = columnsToTable(this.scenario, {
      columns: chunk.columns, rowCount: chunk.rowCount, seed: this.meta.seed, rows: this.meta.rows,
      params: this.meta.params, groundTruth: this.meta.groundTruth,
    }, [0, chunk.rowCount]);
    const data = table.batches[0].data;
    const names = Object.keys(chunk.columns);
    if (this.schema === null) {
      const metadata = new Map(table.schema.metadata);
      metadata.set(DATASET_METADATA_KEYS.rowStart, String(this.meta.rowStart));
      metadata.set(DATASET_METADATA_KEYS.totalRows, String(this.meta.totalRows));
      metadata.set(DATASET_METADATA_KEYS.partition, `${this.meta.partition}/${this.meta.partitions}`);
      // Dictionary ids from apache-arrow's global counter depend on what ran before in
      // the process; number them 0, 1, … in column order so the bytes do not.
      let nextId = 0;
      const fields = table.schema.fields.map((f) => A.DataType.isDictionary(f.type)
        ? new A.Field(f.name, new A.Dictionary(f.type.dictionary, f.type.indices, nextId++, f.type.isOrdered), f.nullable, f.metadata)
        : f);
      this.schema = new A.Schema(fields, metadata);
      this.dictionaries = data.children.map((child) => child.dictionary ?? null);
      this.labels = names.map((n) => chunk.columns[n].dictionary ?? null);
    } else {
      names.forEach((n, i) => {
        const shared = this.dictionaries[i];
        if (shared === null) return;
        const mine = chunk.columns[n].dictionary ?? [];
        const first = this.labels[i] ?? [];
        if (mine !== first && (mine.length !== first.length || mine.some((s, j) => s !== first[j]))) {
          throw new Error(`BatchEncoder: the dictionary of column ${n} changed between chunks; write this table without chunking`);
        }
        data.children[i].dictionary = shared as never;
      });
    }
    return new A.RecordBatch(this.arrowSchema, data as never);
  }
}
