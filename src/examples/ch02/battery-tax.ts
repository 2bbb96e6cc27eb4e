/**
 * WE-2.9 The battery tax (book Ch. 2, seed 004 L3362–L3996): how long a phone or a
 * coin cell lasts under an always-on model.
 */
import { batteryLife } from "../../calc/deployment/battery-life";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.9: 15 Wh at 2 W lasts 7.5 h; at 1 W 15 h, at 5 W 3 h. "1 W reduces 24 h to
 * 18 h" does not fit a 15 Wh battery (9.2 h). A CR2032 at 10–50 µW lasts 1.5–7.7
 * years, not "1–10".
 *
 * @example
 * ```ts
 * batteryTaxExample.compute().detector.runtime.to("h") // 7.5
 * ```
 */
export const batteryTaxExample = workedExample({
  id: "WE-2.9",
  slug: "battery-tax",
  title: "The battery tax of an always-on model",
  chapter: 2,
  section: "Chapter 2, Mobile ML (the battery tax) and TinyML",
  lines: [3362, 3996],
  problem: "How long does a 15 Wh phone battery last under a 2 W always-on detector, and a coin cell under a TinyML model?",
  inputs: {
    battery: { label: "phone battery", value: q(15, "Wh"), line: 3362 },
    detector: { label: "detector power", value: q(2, "W"), line: 3362 },
    light: { label: "light workload", value: q(1, "W"), line: 3994 },
    heavy: { label: "heavy workload", value: q(5, "W"), line: 3996 },
    idle: { label: "phone baseline that lasts a day on 15 Wh (15 Wh / 24 h)", value: q(0.625, "W"), line: 3402,
      note: "The book gives no baseline; 0.625 W is what makes the phone last 24 h without the feature." },
    coinCharge: { label: "CR2032 charge (mAh)", value: 225, line: 3431 },
    coinVoltage: { label: "CR2032 voltage (V)", value: 3, line: 3431 },
    tinyLow: { label: "TinyML model, low", value: q(10, "µW"), line: 3431 },
    tinyHigh: { label: "TinyML model, high", value: q(50, "µW"), line: 3431 },
  },
  compute: (i) => {
    const phone = (power: typeof i.detector) => batteryLife({ capacity: i.battery, power });
    const coin = (power: typeof i.tinyLow) => batteryLife({ chargeMah: i.coinCharge, voltage: i.coinVoltage, power });
    return {
      detector: phone(i.detector), light: phone(i.light), heavy: phone(i.heavy),
      withFeature: batteryLife({ capacity: i.battery, power: i.light, basePower: i.idle }),
      coinBest: coin(i.tinyLow), coinWorst: coin(i.tinyHigh),
    };
  },
  checks: [
    { name: "2 W detector", printed: "= 7.5 hours", book: 7.5, unit: "h", tolerance: 1e-12, line: 3367, value: (r) => r.detector.runtime },
    { name: "1 W workload", printed: "= 15 hours", book: 15, unit: "h", tolerance: 1e-12, line: 3994, value: (r) => r.light.runtime },
    { name: "5 W workload", printed: "= 3 hours", book: 3, unit: "h", tolerance: 1e-12, line: 3996, value: (r) => r.heavy.runtime },
    { name: "a day's phone plus 1 W of ML", printed: "from 24 to 18 hours", book: 18, expected: 9.2308, unit: "h", tolerance: 1e-4, line: 3402, value: (r) => r.withFeature.runtime,
      note: "On a 15 Wh battery that lasts 24 h (0.625 W), 1 W more leaves 15 / 1.625 = 9.2 h. 24 → 18 h would need a 3 W baseline and a 72 Wh battery." },
    { name: "coin cell energy", printed: "~675 mWh", book: 0.675, unit: "Wh", tolerance: 1e-12, line: 3431, value: (r) => r.coinBest.capacity },
    { name: "coin cell at 50 µW", printed: "for 1–10 years", book: 1, expected: 1.5411, unit: "year", tolerance: 1e-4, line: 3431, value: (r) => r.coinWorst.runtime,
      note: "675 mWh / 50 µW = 13,500 h = 1.54 years (the range's lower end is longer than printed)." },
    { name: "coin cell at 10 µW", printed: "for 1–10 years", book: 10, expected: 7.7055, unit: "year", tolerance: 1e-4, line: 3431, value: (r) => r.coinBest.runtime,
      note: "675 mWh / 10 µW = 67,500 h = 7.7 years, not 10." },
  ],
  conclusion: "Runtime is capacity over power: an always-on feature must live in the milliwatts on a phone and in the microwatts on a coin cell.",
});
