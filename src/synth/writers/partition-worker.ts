/**
 * Worker-thread entry of {@link writeDataset} with `workers` > 1 (not part of the public
 * API). workerData names a built-in scenario and the {@link PartitionPlan}; each message
 * `{ part }` asks for one partition file. The worker replies `{ type: "rows" }` after
 * every chunk (for progress), then `{ type: "done", file }` or `{ type: "error" }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SCENARIOS } from "../scenarios";
import { scenarioChunkSource } from "./row-chunks";
import { PartitionPlan, writePartition, WrittenFile } from "./write-partition";

/** What a partition worker starts with. @internal */
export interface PartitionWorkerData {
  readonly scenarioKey: string;
  readonly plan: PartitionPlan;
}

/** A partition worker's replies. @internal */
export type PartitionWorkerReply =
  | { type: "rows"; part: number; rows: number }
  | { type: "done"; part: number; file: WrittenFile }
  | { type: "error"; part: number; name: string; message: string };

function serve(data: PartitionWorkerData): void {
  const port = parentPort;
  if (port === null) return;
  const scenario = SCENARIOS[data.scenarioKey];
  const plan = data.plan;
  const source = scenarioChunkSource(scenario, { rows: plan.generatedRows, seed: plan.seed, params: plan.params });
  const reply = (message: PartitionWorkerReply): void => port.postMessage(message);
  port.on("message", async ({ part }: { part: number }) => {
    try {
      const file = await writePartition(scenario, source, plan, part, (rows) => reply({ type: "rows", part, rows }));
      reply({ type: "done", part, file });
    } catch (error) {
      const e = error as Error;
      reply({ type: "error", part, name: e?.name ?? "Error", message: e?.message ?? String(error) });
    }
  });
}

if (parentPort !== null && workerData !== null && typeof workerData === "object" && "scenarioKey" in workerData && "plan" in workerData) {
  serve(workerData as PartitionWorkerData);
}
