/**
 * Streaming Arrow IPC *file* writer: record batches go through apache-arrow's
 * RecordBatchFileWriter and each batch's bytes are written to disk before the next
 * batch is encoded, so memory holds one batch at a time.
 */
import type * as Arrow from "apache-arrow";
import { ByteSink } from "./byte-sink";

/**
 * Writes record batches that share `schema` as an Arrow IPC file (magic "ARROW1",
 * schema, dictionaries, batches, footer) to an open file handle.
 *
 * @param sink - destination (a file handle wrapped by hashingSink)
 * @param batches - record batches of one schema, with one dictionary per column
 * @param onBatch - called after each batch is on disk, with its row count
 * @returns bytes written
 * @throws Error from apache-arrow (e.g. a replaced dictionary) or the file system
 * @internal used by {@link writeDataset}
 */
export async function writeArrowIpcFile(
  sink: ByteSink,
  batches: Iterable<Arrow.RecordBatch>,
  onBatch?: (rows: number) => void,
): Promise<number> {
  const A = require("apache-arrow") as typeof Arrow;
  const pending: Uint8Array[] = [];
  // A byte queue whose writes land in `pending`, drained after every batch.
  class Collector extends A.AsyncByteQueue {
    override write(value: Uint8Array): void {
      if (value.byteLength > 0) pending.push(value);
    }
  }
  const writer = new A.RecordBatchFileWriter();
  writer.reset(new Collector() as never);
  let bytes = 0;
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const chunk = pending.splice(0, pending.length);
      for (const c of chunk) {
        await sink.write(c);
        bytes += c.byteLength;
      }
    }
  };
  for (const batch of batches) {
    writer.write(batch);
    await flush();
    onBatch?.(batch.numRows);
  }
  writer.finish();
  await flush();
  return bytes;
}
