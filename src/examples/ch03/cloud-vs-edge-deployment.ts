/**
 * WE-3.5 "Cloud vs edge DR deployment economics" (book Ch. 3, seed 004 L4887–L4921).
 */
import { cloudVsEdgeCost } from "../../calc/workflow/cloud-vs-edge";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-3.5: cloud $136,250/yr against $250,000 of Jetsons + $25,000/yr; payback 2.25 years (book "~2"). */
export const cloudVsEdgeDeploymentExample = workedExample({
  id: "WE-3.5",
  slug: "cloud-vs-edge-deployment",
  title: "Cloud vs edge deployment economics for DR screening",
  chapter: 3,
  section: "Chapter 3, Deployment and Integration (cloud vs edge problem)",
  lines: [4887, 4921],
  problem: "Should 500 clinics screen on cloud GPUs at $0.01 per image, or on a $500 Jetson each, and when does the edge hardware pay for itself?",
  inputs: {
    clinics: { label: "Clinics", value: 500, line: 4896 },
    patients: { label: "Patients per clinic per day", value: 50, line: 4896 },
    days: { label: "Days per year", value: 365, line: 4896 },
    cloudPrice: { label: "Cloud inference per image", value: q(0.01, "USD"), line: 4894 },
    network: { label: "Cloud upload network cost", value: q(45_000, "USD/yr"), line: 4898 },
    jetson: { label: "Edge device (Jetson)", value: q(500, "USD"), line: 4909 },
    maintenance: { label: "Edge maintenance", value: q(25_000, "USD/yr"), line: 4913 },
    electricity: { label: "Edge inference per image (electricity)", value: q(0.001, "USD"), line: 4911 },
  },
  compute: (i) => {
    const common = { sites: i.clinics, itemsPerSitePerDay: i.patients, daysPerYear: i.days, cloudPricePerItem: i.cloudPrice, cloudNetworkPerYear: i.network, edgeDevicePrice: i.jetson, edgeMaintenancePerYear: i.maintenance };
    return { book: cloudVsEdgeCost(common), withElectricity: cloudVsEdgeCost({ ...common, edgePricePerItem: i.electricity }) };
  },
  checks: [
    { name: "cloud inference per year", printed: "USD 91,250/year", book: 91_250, unit: "USD/yr", tolerance: 1e-9, line: 4896, value: (r) => r.book.cloud.processing },
    { name: "cloud total per year", printed: "~USD 136,250/year", book: 136_250, unit: "USD/yr", tolerance: 1e-9, line: 4900, value: (r) => r.book.cloud.annual },
    { name: "edge hardware", printed: "USD 250,000 capital expense", book: 250_000, unit: "USD", tolerance: 0, line: 4909, value: (r) => r.book.edge.upfront },
    { name: "payback period", printed: "pays back in ~2 years", book: 2, expected: 2.2472, unit: "years", tolerance: 1e-4, line: 4921, value: (r) => r.book.paybackYears ?? Number.NaN,
      note: "250,000 / (136,250 − 25,000) = 2.25 years; the book rounds down to ~2." },
    { name: "edge electricity per year", printed: "negligible operational", book: 0, expected: 9125, unit: "USD/yr", tolerance: 1e-9, line: 4913, value: (r) => r.withElectricity.edge.processing,
      note: "The book's own $0.001 per image over 9.125M images is $9,125/yr, a third of the maintenance bill; with it the payback is 2.45 years." },
    { name: "images per month", printed: "1 million images per month", book: 1e6, expected: 760_416.67, unit: "images/month", tolerance: 1e-8, line: 4887, value: (r) => r.book.itemsPerYear / 12,
      note: "The calculation uses 500 × 50 × 365 = 9.125M images a year, 760K a month, not the 1M of the problem statement." },
  ],
  conclusion:
    "The edge fleet costs more in year one and less every year after: about 2.25 years to pay back (2.45 counting electricity), plus lower latency and offline operation.",
});
