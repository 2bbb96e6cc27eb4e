/**
 * Writes the partitions of one {@link writeDataset} call on worker threads: each thread
 * takes the next unwritten partition until none are left, so k files are written by
 * min(workers, k) threads at once. A partition's bytes do not depend on the thread that
 * wrote it (see {@link writePartition}).
 */
import * as fs from "node:fs";
import type { Worker as WorkerThread } from "node:worker_threads";
import type { PartitionWorkerData, PartitionWorkerReply } from "./partition-worker";
import { compiledWorkerScript } from "../compiled-worker-script";
import { manifestPathOf } from "../manifest";
import { temporaryPathFor } from "./atomic-write";
import { partitionPath, type PartitionPlan, type WrittenFile } from "./write-partition";

/** File name of the compiled worker entry, next to this file in lib/synth/writers. */
const WORKER_FILE = "partition-worker.js";

/**
 * Writes every partition of `plan` on `workers` threads and returns the files in
 * partition order; `onRows(part, rows)` reports each chunk as it is written.
 * @internal
 */
export async function writePartitionsOnWorkers(
  scenarioKey: string, plan: PartitionPlan, workers: number, onRows: (part: number, rows: number) => void,
): Promise<WrittenFile[]> {
  const script = compiledWorkerScript("writeDataset", __dirname, WORKER_FILE);
  // Loaded here, not at the top: importing the library must not touch worker_threads.
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  const partitions = plan.bounds.length - 1;
  const files: WrittenFile[] = new Array(partitions);
  const threads: WorkerThread[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      let failure: Error | null = null;
      // After a failure no new partition starts, and the call settles once the partitions
      // being written have finished: no thread is stopped in the middle of a file.
      const assignOrSettle = (worker: WorkerThread): void => {
        if (failure === null && next < partitions) {
          worker.postMessage({ part: next++ });
          inFlight++;
        } else if (inFlight === 0) {
          if (failure === null) resolve();
          else reject(failure);
        }
      };
      for (let i = 0; i < Math.min(workers, partitions); i++) {
        const data: PartitionWorkerData = { scenarioKey, plan };
        const worker = new Worker(script, { workerData: data });
        threads.push(worker);
        worker.on("message", (reply: PartitionWorkerReply) => {
          if (reply.type === "rows") {
            onRows(reply.part, reply.rows);
            return;
          }
          inFlight--;
          if (reply.type === "done") files[reply.part] = reply.file;
          else failure ??= new Error(`writeDataset: writing partition ${reply.part} failed: ${reply.name}: ${reply.message}`);
          assignOrSettle(worker);
        });
        // A thread that dies (not a failed write, which it reports) ends the call at once.
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`writeDataset: a worker thread exited with code ${code} before all partitions were written`)));
        assignOrSettle(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
    // Only a thread that died mid-file leaves temporary files (never a file under a final name).
    for (let part = 0; part < next; part++) {
      if (files[part] !== undefined) continue;
      const file = partitionPath(plan, part);
      for (const temporary of [temporaryPathFor(file), temporaryPathFor(manifestPathOf(file))]) fs.rmSync(temporary, { force: true });
    }
  }
  return files;
}
