/**
 * Interconnect and network bandwidths: book Table 21.11 (seed 004, L44291–L44382),
 * listed fastest to slowest. The book mixes GB/s (bytes) and Gbps (bits); each value
 * keeps its printed unit and converts exactly (400 Gbps = 50 GB/s).
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const row = bookTable("Table 21.11", "interconnect");

const NVLINK_NOTE = "Total bidirectional NVLink bandwidth per GPU.";
const PCIE_NOTE = "Per direction, x16 link.";

/**
 * Every constant of Table 21.11 (Interconnect and Network Bandwidth) with its seed line.
 *
 * Source: seed 004, Table 21.11 (L44291).
 * @example
 * ```ts
 * interconnectConstants.find((c) => c.id === "INFINIBAND_NDR_BW")?.value.toString() // "50.0 GB/s"
 * ```
 */
export const interconnectConstants: readonly ConstantSpec[] = Object.freeze([
  row({ id: "NVLINK_V100_BW", value: q(300, "GB/s"), printedUnit: "GB/s", line: 44310, description: "NVLink 2 bandwidth of a V100.", note: NVLINK_NOTE }),
  row({ id: "NVLINK_A100_BW", value: q(600, "GB/s"), printedUnit: "GB/s", line: 44316, description: "NVLink 3 bandwidth of an A100.", note: NVLINK_NOTE }),
  row({ id: "NVLINK_H100_BW", value: q(900, "GB/s"), printedUnit: "GB/s", line: 44322, description: "NVLink 4 bandwidth of an H100.", note: NVLINK_NOTE }),
  row({ id: "INFINIBAND_HDR_BW", value: q(200, "Gbps"), printedUnit: "Gbps", line: 44328, description: "InfiniBand HDR port rate (25 GB/s)." }),
  row({ id: "INFINIBAND_NDR_BW", value: q(400, "Gbps"), printedUnit: "Gbps", line: 44334, description: "InfiniBand NDR port rate (50 GB/s)." }),
  row({ id: "INFINIBAND_XDR_BW", value: q(800, "Gbps"), printedUnit: "Gbps", line: 44340, description: "InfiniBand XDR port rate (100 GB/s)." }),
  row({ id: "INFINIBAND_GXDR_BW", value: q(1600, "Gbps"), printedUnit: "Gbps", line: 44346, description: "Next-generation InfiniBand (GXDR) port rate (200 GB/s)." }),
  row({ id: "PCIE_GEN4_BW", value: q(32, "GB/s"), printedUnit: "GB/s", line: 44352, description: "PCIe 4.0 host-link bandwidth.", note: PCIE_NOTE }),
  row({ id: "PCIE_GEN5_BW", value: q(64, "GB/s"), printedUnit: "GB/s", line: 44358, description: "PCIe 5.0 host-link bandwidth.", note: PCIE_NOTE }),
  row({ id: "NVME_SEQUENTIAL_BW", value: q(7, "GB/s"), printedUnit: "GB/s", line: 44364, description: "Sequential read bandwidth of a PCIe 4.0 NVMe SSD." }),
  row({ id: "NETWORK_10G_BW", value: q(10, "Gbps"), printedUnit: "Gbps", line: 44370, description: "10 Gigabit Ethernet line rate (1.25 GB/s)." }),
  row({ id: "NETWORK_100G_BW", value: q(100, "Gbps"), printedUnit: "Gbps", line: 44376, description: "100 Gigabit Ethernet line rate (12.5 GB/s)." }),
  row({
    id: "SPEED_OF_LIGHT_FIBER_KM_S", value: q(200_000, "km/s"), printedUnit: "km/s", line: 44382,
    description: "Speed of light in optical fibre (about two thirds of c): 200 km per millisecond, 5 µs per km one way.",
  }),
]);
