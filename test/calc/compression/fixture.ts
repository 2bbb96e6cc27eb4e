/** The NumPy answers of fixtures/compression.json (written by make_compression_fixtures.py). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface QuantizeCase {
  bits: number;
  scheme: "symmetric" | "affine";
  granularity?: "tensor" | "channel";
  percentile?: number;
  codes: number[];
  dequantized: number[];
  scales: number[];
  zeroPoints: number[];
  mse: number;
  maxAbsError: number;
  sqnrDb: number;
}

export interface CompressionFixture {
  numpy: string;
  weights: { shape: [number, number]; values: number[] };
  quantize: QuantizeCase[];
  percentile: QuantizeCase[];
  fp16: number[];
  bf16: number[];
  magnitude90: number[];
  nm24: number[];
  svd: { name: string; shape: [number, number]; values: number[]; singularValues: number[]; relativeError: Record<string, number> }[];
}

export const fixture: CompressionFixture = JSON.parse(readFileSync(join(__dirname, "fixtures", "compression.json"), "utf8"));
export const weights = Float32Array.from(fixture.weights.values);
export const shape = fixture.weights.shape;
