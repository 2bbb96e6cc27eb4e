/**
 * W10.11 "Low-rank napkin math": factorising a 4096 × 4096 FP32 matrix at rank 128, and
 * a 1000 × 1000 matrix at rank 50 (book Ch. 10, seed 004 L24783–L24785, L26279).
 */
import { lowRankParameters } from "../../calc/compression/low-rank";
import { workedExample } from "../worked-example";

/** W10.11: 64 MiB → 4 MiB, 16× less data movement (and 16× fewer FLOPs per vector, not "slightly more"); 1M → 100,000 parameters. */
export const lowRankNapkinExample = workedExample({
  id: "W10.11",
  slug: "low-rank-napkin",
  title: "Low-rank factorisation: parameters, bytes and FLOPs",
  chapter: 10,
  section: "Chapter 10, Low-rank factorisation (memory-pressure napkin math)",
  lines: [24783, 26279],
  problem: "What does a rank-128 factorisation of a 4096 × 4096 FP32 matrix save in bytes and FLOPs, and a rank-50 one of a 1000 × 1000 matrix in parameters?",
  inputs: {
    side: { label: "Matrix side", value: 4096, line: 24783 },
    rank: { label: "Rank k", value: 128, line: 24785 },
    smallSide: { label: "Second matrix side", value: 1000, line: 26279 },
    smallRank: { label: "Second rank", value: 50, line: 26279 },
  },
  compute: (i) => ({
    big: lowRankParameters({ rows: i.side, cols: i.side, rank: i.rank }),
    small: lowRankParameters({ rows: i.smallSide, cols: i.smallSide, rank: i.smallRank }),
  }),
  checks: [
    { name: "dense matrix", printed: "requires 64 MB (at FP32)", book: 64, unit: "MiB", tolerance: 0, line: 24783, value: (r) => r.big.denseBytes, note: "4096² × 4 B = 64 MiB (67.1 decimal MB)." },
    { name: "factors", printed: "totaling only 4.0 MB", book: 4, unit: "MiB", tolerance: 0, line: 24785, value: (r) => r.big.factoredBytes, note: "4 MiB (4.19 decimal MB)." },
    { name: "data-movement reduction", printed: "a 16× reduction in data movement", book: 16, unit: "×", tolerance: 0, line: 24785, value: (r) => r.big.compression },
    { name: "FLOPs per matrix-vector product", printed: "increases slightly", book: "increase", expected: "decrease", line: 24785,
      value: (r) => (r.big.factoredFlopsPerVector > r.big.denseFlopsPerVector ? "increase" : "decrease"),
      note: "2k(m + n) = 2.1M FLOPs against 2mn = 33.6M: 16× fewer. Factored FLOPs only exceed dense ones when k > mn/(m + n) = 2,048." },
    { name: "1000 × 1000 at rank 50", printed: "results in only 100,000 parameters", book: 100_000, unit: "params", tolerance: 0, line: 26279, value: (r) => r.small.factoredParameters },
  ],
  conclusion: "A rank-k factorisation keeps k(m + n) of mn values: at k = 128 a 16× saving in bytes and FLOPs alike, paid for with the information beyond the 128th singular value.",
});
