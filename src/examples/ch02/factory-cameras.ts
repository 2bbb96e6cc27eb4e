/**
 * WE-2.6 Factory quality control with 100 cameras (book Ch. 2, seed 004 L3132–L3147):
 * stream raw video to the cloud or inspect at the edge?
 */
import { constantQuantity, constantValue, getConstant } from "../../constants/constant-registry";
import { videoStreamRate } from "../../calc/deployment/video-stream";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

const constant = <U extends string>(label: string, id: string, unit: U) => ({ label, value: constantQuantity(id, unit), provenance: getConstant(id).provenance });

/**
 * WE-2.6: 186.6 MB/s per camera, 18.7 GB/s for the floor, $4.35M a month of egress and
 * 15× a 10 Gbps line. The "1,000,000×" saving of sending ~1 KB of metadata per detection
 * is not derivable: per frame it is 6,221×.
 *
 * @example
 * ```ts
 * factoryCamerasExample.compute().video.total.format() // "18.7 GB/s"
 * ```
 */
export const factoryCamerasExample = workedExample({
  id: "WE-2.6",
  slug: "factory-cameras",
  title: "Factory quality control: 100 cameras",
  chapter: 2,
  section: "Chapter 2, Edge ML (factory quality control)",
  lines: [3132, 3147],
  problem: "Can 100 cameras at 1080p and 30 FPS stream to the cloud, and what would the egress cost?",
  inputs: {
    width: { label: "1080p width", value: constantValue("VIDEO_1080P_WIDTH") as number, provenance: getConstant("VIDEO_1080P_WIDTH").provenance },
    height: { label: "1080p height", value: constantValue("VIDEO_1080P_HEIGHT") as number, provenance: getConstant("VIDEO_1080P_HEIGHT").provenance },
    bytesPerPixel: constant("bytes per RGB pixel", "VIDEO_BYTES_PER_PIXEL_RGB", "B"),
    fps: constant("frame rate", "VIDEO_FPS_STANDARD", "Hz"),
    cameras: { label: "cameras", value: 100, line: 3132 },
    egressPrice: constant("cloud egress", "CLOUD_EGRESS_PER_GB", "USD/GB"),
    link: { label: "dedicated line", value: q(10, "Gbps"), line: 3143 },
    metadata: { label: "defect metadata per detection", value: q(1, "KB"), line: 3147 },
  },
  compute: (i) => {
    const video = videoStreamRate({ width: i.width, height: i.height, bytesPerPixel: i.bytesPerPixel, fps: i.fps, streams: i.cameras });
    return { video, monthlyEgress: i.egressPrice.times(video.total).times(q(1, "month")), linkShortfall: video.total.ratio(i.link), perFrameReduction: video.frameSize.ratio(i.metadata) };
  },
  checks: [
    { name: "raw rate per camera", printed: "≈ 187 MB/s", book: 187, unit: "MB/s", tolerance: 0.003, line: 3137, value: (r) => r.video.perStream },
    { name: "rate of 100 cameras", printed: "= 18.7 GB/s", book: 18.7, unit: "GB/s", tolerance: 0.003, line: 3139, value: (r) => r.video.total },
    { name: "egress per 30-day month", printed: "USD 4.4 M/month", book: 4.4e6, unit: "USD", tolerance: 0.012, line: 3141, value: (r) => r.monthlyEgress,
      note: "18.66 GB/s × 2,592,000 s × $0.09/GB = $4.35M." },
    { name: "bandwidth needed ÷ 10 Gbps", printed: "15× more bandwidth", book: 15, unit: "×", tolerance: 0.005, line: 3143, value: (r) => r.linkShortfall },
    { name: "reduction from sending metadata", printed: "1,000,000×", book: 1e6, expected: 6220.8, unit: "×", tolerance: 1e-9, line: 3147, value: (r) => r.perFrameReduction,
      note: "A 6.22 MB frame against 1 KB of metadata is 6,221×; 1,000,000× would need only ~19 detections a second across all 100 cameras, which the example does not state." },
  ],
  conclusion: "Raw video outruns both the budget and the pipe by an order of magnitude: inspect at the edge and send only what matters.",
});
