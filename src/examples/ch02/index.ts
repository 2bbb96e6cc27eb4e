/**
 * The worked examples of Chapter 2, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { batteryTaxExample } from "./battery-tax";
import { cameraPipelineAmdahlExample } from "./camera-pipeline-amdahl";
import { cloudVsEdgeTcoExample } from "./cloud-vs-edge-tco";
import { complexityTaxExample } from "./complexity-tax";
import { dataScalingPitfallExample } from "./data-scaling-pitfall";
import { distancePenaltyExample } from "./distance-penalty";
import { droneDataLocalityExample } from "./drone-data-locality";
import { emergencyBrakingExample } from "./emergency-braking";
import { energyOfTransmissionExample } from "./energy-of-transmission";
import { factoryCamerasExample } from "./factory-cameras";
import { powerAndMemoryWallsExample } from "./power-and-memory-walls";
import { resnet50BottleneckExample } from "./resnet50-bottleneck";
import { retailEdgeSizingExample } from "./retail-edge-sizing";
import { tcoPitfallExample } from "./tco-pitfall";
import { thermalWallExample } from "./thermal-wall";
import { voiceAssistantWallExample } from "./voice-assistant-wall";

/**
 * Chapter 2's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter2Examples.map((e) => e.id)
 * ```
 */
export const chapter2Examples: readonly WorkedExample[] = Object.freeze([
  powerAndMemoryWallsExample, energyOfTransmissionExample, resnet50BottleneckExample, distancePenaltyExample, cloudVsEdgeTcoExample,
  voiceAssistantWallExample, factoryCamerasExample, droneDataLocalityExample, retailEdgeSizingExample, batteryTaxExample, thermalWallExample,
  emergencyBrakingExample, complexityTaxExample, tcoPitfallExample, cameraPipelineAmdahlExample, dataScalingPitfallExample,
]);
