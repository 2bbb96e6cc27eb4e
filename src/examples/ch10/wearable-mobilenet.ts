/**
 * W10.6 "MobileNet on a wearable": pruning 85 % of a 14 MB model for 2 MB of flash, and
 * what sparse storage adds (book Ch. 10, seed 004 L24340).
 */
import { sparseStorage } from "../../calc/compression/sparse-storage";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.6: 15 % of 14 MB is 2.1 MB of values alone; a bitmask makes it 2.5 MB, CSR with 32-bit indices 4.2 MB. */
export const wearableMobilenetExample = workedExample({
  id: "W10.6",
  slug: "wearable-mobilenet",
  title: "MobileNet on a wearable: does 85 % pruning fit 2 MB?",
  chapter: 10,
  section: "Chapter 10, Pruning (wearable health monitor)",
  lines: [24340, 24340],
  problem: "A 14 MB MobileNet must fit 2 MB of flash and 85 % of its weights are near zero: does pruning them fit, once the sparse format is counted?",
  inputs: {
    model: { label: "Trained model (FP32)", value: q(14, "MB"), line: 24340 },
    flash: { label: "Microcontroller flash", value: q(2, "MB"), line: 24340 },
    nearZero: { label: "Weights near zero", value: 0.85, line: 24340 },
  },
  compute: (i) => {
    const params = i.model.to("B") / 4;
    const storage = sparseStorage({ rows: 1, cols: params, nonZeros: Math.round(params * (1 - i.nearZero)) });
    const valuesOnly = q(params * (1 - i.nearZero) * 4, "B");
    return { ...storage, valuesOnly, fitsWithBitmask: storage.bitmask.to("B") <= i.flash.to("B") ? "fits" : "does not fit" };
  },
  checks: [
    { name: "pruned values alone", printed: "fits in 2MB", book: 2, expected: 2.1, unit: "MB", tolerance: 1e-12, line: 24340, value: (r) => r.valuesOnly,
      note: "15 % of 14 MB is 2.1 MB before any index: the fit needs the fine-tuned model to shed a little more, or narrower values." },
    { name: "with a bitmask of positions", printed: "fits in 2MB", book: "fits", expected: "does not fit", line: 24340, value: (r) => r.fitsWithBitmask,
      note: "One bit per original weight adds 0.44 MB (2.54 MB in all); CSR's 32-bit column indices double the values to 4.2 MB." },
  ],
  conclusion: "Pruning shrinks the values, not automatically the file: the sparse format's indices decide whether 85 % zeros fit the flash, and with FP32 values they do not.",
});
