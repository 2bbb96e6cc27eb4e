/**
 * Streaming CSV writer: one header line, then rows, RFC 4180 (CRLF line ends, quoting
 * only where needed), written chunk by chunk so memory holds one chunk of text.
 *
 * Value forms: int32 as integers; float64 as the shortest round-trip decimal; float32
 * as the shortest decimal that reads back as the same float32; bool as true/false;
 * timestamps as UTC ISO-8601 with milliseconds ("2024-01-01T00:00:04.750Z"); dictionary
 * columns as their labels; embeddings as one quoted field "[x1,x2,…]"; nulls as an
 * empty field (an empty string is written as "").
 */
import { Column, Columns } from "../scenario";
import { ByteSink } from "./byte-sink";
import { formatFloat32, formatFloat64, formatTimestampMs, quoteCsv } from "./csv-format";
import { RowChunk } from "./row-chunks";

/** Line terminator of RFC 4180. */
export const CSV_EOL = "\r\n";

/** Rows formatted per string join; bounds the size of one write. */
const ROWS_PER_WRITE = 16384;

function cellFormatter(c: Column): (i: number) => string {
  const v = c.values;
  switch (c.type) {
    case "int32": return (i) => String(v[i]);
    case "float64": return (i) => formatFloat64(v[i]);
    case "float32": return (i) => formatFloat32(v[i]);
    case "bool": return (i) => (v[i] ? "true" : "false");
    case "timestamp": return (i) => formatTimestampMs(v[i]);
    case "dictionary": {
      const labels = (c.dictionary ?? []).map(quoteCsv);
      return (i) => labels[v[i]];
    }
    case "embedding": {
      const size = c.size as number;
      return (i) => {
        const parts = new Array<string>(size);
        for (let j = 0; j < size; j++) parts[j] = formatFloat32(v[i * size + j]);
        return `"[${parts.join(",")}]"`;
      };
    }
  }
}

/** The header line of a CSV file for these columns (with its line end). @internal */
export function csvHeader(columns: Columns): string {
  return Object.keys(columns).map(quoteCsv).join(",") + CSV_EOL;
}

/** Formats rows [from, to) of a chunk as CSV lines. @internal */
export function csvRows(columns: Columns, from: number, to: number): string {
  const cols = Object.values(columns);
  const formats = cols.map(cellFormatter);
  const nulls = cols.map((c) => c.nulls);
  const lines = new Array<string>(to - from);
  const cells = new Array<string>(cols.length);
  for (let i = from; i < to; i++) {
    for (let j = 0; j < cols.length; j++) {
      const mask = nulls[j];
      cells[j] = mask !== undefined && mask[i] !== 0 ? "" : formats[j](i);
    }
    lines[i - from] = cells.join(",");
  }
  return lines.join(CSV_EOL) + CSV_EOL;
}

/**
 * Writes row chunks as a CSV file to an open file handle.
 *
 * @param sink - destination (a file handle wrapped by hashingSink)
 * @param chunks - row chunks with the same columns
 * @param onChunk - called after each chunk is written, with its row count
 * @returns bytes written
 * @internal used by {@link writeDataset}
 */
export async function writeCsvFile(sink: ByteSink, chunks: Iterable<RowChunk>, onChunk?: (rows: number) => void): Promise<number> {
  let bytes = 0;
  let first = true;
  const put = async (text: string): Promise<void> => {
    const buf = Buffer.from(text, "utf8");
    await sink.write(buf);
    bytes += buf.byteLength;
  };
  for (const chunk of chunks) {
    if (first) {
      await put(csvHeader(chunk.columns));
      first = false;
    }
    for (let a = 0; a < chunk.rowCount; a += ROWS_PER_WRITE) {
      await put(csvRows(chunk.columns, a, Math.min(chunk.rowCount, a + ROWS_PER_WRITE)));
    }
    onChunk?.(chunk.rowCount);
  }
  return bytes;
}
