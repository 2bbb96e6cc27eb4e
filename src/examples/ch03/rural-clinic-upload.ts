/**
 * WE-3.4 "Bandwidth vs. compute": can a rural clinic upload its retinal images over a
 * 2 Mbps link? (book Ch. 3, seed 004 L4642–L4655).
 */
import { uploadFeasibility } from "../../calc/workflow/upload-feasibility";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-3.4: 7.5 GB a day takes 30,000 s, 104 % of the clinic's 8 hours; summaries cut it 5,000×. */
export const ruralClinicUploadExample = workedExample({
  id: "WE-3.4",
  slug: "rural-clinic-upload",
  title: "Bandwidth vs compute: a rural clinic's upload",
  chapter: 3,
  section: "Chapter 3, Data Collection (rural clinic exercise)",
  lines: [4642, 4655],
  problem: "Can a rural clinic upload every retinal image it captures to the cloud over its uplink, or must it process them on edge hardware?",
  inputs: {
    patients: { label: "Patients per day", value: 150, line: 4647 },
    photos: { label: "Photos per patient", value: 10, line: 4647 },
    photoSize: { label: "Size of one photo", value: q(5, "MB"), line: 4647 },
    uplink: { label: "Uplink", value: q(2, "Mbps"), line: 4649 },
    hours: { label: "Clinic operating time", value: q(8, "h"), line: 4651 },
    summary: { label: "Detection summary per patient", value: q(10, "KB"), line: 4655 },
  },
  compute: (i) => uploadFeasibility({ itemsPerDay: i.patients, filesPerItem: i.photos, fileSize: i.photoSize, uplink: i.uplink, operatingTime: i.hours, summaryPerItem: i.summary }),
  checks: [
    { name: "daily data", printed: "8 GB/day", book: 8, expected: 7.5, unit: "GB", tolerance: 1e-12, line: 4647, value: (r) => r.dailyVolume,
      note: "150 × 10 × 5 MB = 7,500 MB = 7.5 GB; the book rounds to 8 GB and then computes with 7,500 MB." },
    { name: "upload time", printed: "30,000 seconds", book: 30_000, unit: "s", tolerance: 1e-12, line: 4649, value: (r) => r.uploadTime },
    { name: "upload time in hours", printed: "≈ 8.3 hours", book: 8.3, unit: "h", tolerance: 0.005, line: 4649, value: (r) => r.uploadTime, note: "8.33 h, rounded." },
    { name: "share of the operating day", printed: "104%", book: 104, unit: "%", tolerance: 0.002, line: 4651, value: (r) => r.shareOfOperatingTime * 100, note: "104.2 %, rounded." },
    { name: "bandwidth reduction of edge summaries", printed: "5,000×", book: 5000, unit: "×", tolerance: 1e-12, line: 4655, value: (r) => r.reduction ?? Number.NaN },
  ],
  conclusion:
    "Uploading raw images would need more than the whole working day; processing at the edge and sending ~10 KB per patient removes the bandwidth constraint.",
});
