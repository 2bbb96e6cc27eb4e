/**
 * WE-4.13 "Format efficiency": a fraud model reading 20 of 100 columns from CSV or
 * Parquet, and the decompression cost of gzip against Snappy (book Ch. 4, seed 004
 * L7035–L7066).
 */
import { decompressionTime } from "../../calc/data/decompression-time";
import { formatEfficiency } from "../../calc/data/format-efficiency";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.13: η = 0.2 for CSV (80 % wasted), 5× for Parquet; 100 GB takes 13.9 min to gunzip, 3.3 min with Snappy: 8.8 h over 50 epochs. */
export const formatEfficiencyExample = workedExample({
  id: "WE-4.13",
  slug: "format-efficiency",
  title: "Format efficiency: CSV vs Parquet, gzip vs Snappy",
  chapter: 4,
  section: "Chapter 4, Storage formats (Eq. 4.7 and compression trade-offs)",
  lines: [7035, 7066],
  problem: "How much of the disk bandwidth does a 20-of-100-column job waste on CSV, and what does the codec cost over 50 epochs of a 100 GB dataset?",
  inputs: {
    used: { label: "Columns the model uses", value: 20, line: 7035 },
    total: { label: "Columns in the table", value: 100, line: 7035 },
    dataset: { label: "Dataset (decompressed)", value: q(100, "GB"), line: 7066 },
    gzip: { label: "gzip decompression", value: q(120, "MB/s"), line: 7066 },
    snappy: { label: "Snappy decompression", value: q(500, "MB/s"), line: 7066 },
    epochs: { label: "Epochs", value: 50, line: 7066 },
  },
  compute: (i) => {
    const codec = (throughput: typeof i.gzip) => decompressionTime({ volume: i.dataset, throughput, epochs: i.epochs });
    const gzip = codec(i.gzip);
    const snappy = codec(i.snappy);
    return { format: formatEfficiency({ columnsRead: i.used, totalColumns: i.total }), gzip, snappy, gap: gzip.total.minus(snappy.total) };
  },
  checks: [
    { name: "η of CSV", printed: "20/100 = 0.2", book: 0.2, unit: "", tolerance: 0, line: 7040, value: (r) => r.format.rowEfficiency },
    { name: "bandwidth wasted", printed: "waste 80% of your disk bandwidth", book: 80, unit: "%", tolerance: 1e-12, line: 7042, value: (r) => r.format.wastedShare * 100 },
    { name: "Parquet's effective throughput", printed: "5× higher effective throughput", book: 5, unit: "×", tolerance: 1e-12, line: 7051, value: (r) => r.format.speedup },
    { name: "gzip per epoch", printed: "14 minutes", book: 14, unit: "min", tolerance: 0.01, line: 7066, value: (r) => r.gzip.perEpoch, note: "13.9 min, rounded." },
    { name: "Snappy per epoch", printed: "3 minutes", book: 3, expected: 3.3333, unit: "min", tolerance: 1e-4, line: 7066, value: (r) => r.snappy.perEpoch,
      note: "100 GB / 500 MB/s = 200 s = 3.3 min." },
    { name: "gap over 50 epochs", printed: "9 hours total", book: 9, unit: "h", tolerance: 0.025, line: 7066, value: (r) => r.gap, note: "8.8 h (the book's rounded 14 − 3 = 11 min × 50 = 9.2 h)." },
  ],
  conclusion: "Reading only the needed columns is a 5× faster disk for free, and a fast codec saves hours across epochs; both are format decisions, not hardware purchases.",
});
