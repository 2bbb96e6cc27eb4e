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
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const assign = (worker: WorkerThread): void => {
        if (next < partitions) worker.postMessage({ part: next++ });
      };
      for (let i = 0; i < Math.min(workers, partitions); i++) {
        const data: PartitionWorkerData = { scenarioKey, plan };
        const worker = new Worker(script, { workerData: data });
        threads.push(worker);
        worker.on("message", (reply: PartitionWorkerReply) => {
          if (reply.type === "rows") onRows(reply.part, reply.rows);
          else if (reply.type === "error") reject(new Error(`writeDataset: writing partition ${reply.part} failed: ${reply.name}: ${reply.message}`));
          else {
            files[reply.part] = reply.file;
            if (++done === partitions) resolve();
            else assign(worker);
          }
        });
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (done < partitions) reject(new Error(`writeDataset: a worker thread exited with code ${code} before all partitions were written`));
        });
        assign(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
    // A thread stopped mid-file leaves its temporary file (never a file under the final name).
    for (let part = 0; part < next; part++) {
      if (files[part] === undefined) fs.rmSync(temporaryPathFor(partitionPath(plan, part)), { force: true });
    }
  }
  return files;
}
