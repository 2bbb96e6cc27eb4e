/**
 * Worker-thread entry of {@link generateColumnsParallel} (not part of the public API).
 * It receives `{ scenarioKey, rows, seed, params, rowStart, rowCount }` as workerData,
 * runs {@link generateColumns} on that row range and posts the columns back with
 * their buffers in the transfer list, so nothing is copied on the way.
 */
import { parentPort, workerData } from "node:worker_threads";
import { generateColumns } from "./generate-columns";
import { SCENARIOS } from "./scenarios";

/** The request a worker receives. */
export interface ColumnsWorkerRequest {
  scenarioKey: string;
  rows: number;
  seed: number;
  params?: Record<string, unknown>;
  rowStart: number;
  rowCount: number;
}

/** Every distinct ArrayBuffer behind the columns (a buffer may appear only once in a transfer list). */
export function transferablesOf(columns: Record<string, { values: ArrayBufferView; nulls?: ArrayBufferView }>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of Object.values(columns)) {
    for (const view of [column.values, column.nulls]) {
      if (view !== undefined && view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
    }
  }
  return [...buffers];
}

function run(request: ColumnsWorkerRequest): void {
  const port = parentPort;
  if (port === null) return;
  try {
    const scenario = SCENARIOS[request.scenarioKey];
    const part = generateColumns(scenario, {
      rows: request.rows,
      seed: request.seed,
      params: request.params,
      rowStart: request.rowStart,
      rowCount: request.rowCount,
    });
    port.postMessage({ ok: true, rowCount: part.rowCount, columns: part.columns }, transferablesOf(part.columns));
  } catch (error) {
    const e = error as Error;
    port.postMessage({ ok: false, name: e?.name, message: e?.message ?? String(error) });
  }
}

if (parentPort !== null && workerData !== null && typeof workerData === "object" && "scenarioKey" in workerData) {
  run(workerData as ColumnsWorkerRequest);
}
