/**
 * The worked examples of Chapter 3, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { iterationTaxExample } from "./iteration-tax";
import { stageTransitionAuditExample } from "./stage-transition-audit";
import { constraintPropagationExample } from "./constraint-propagation";
import { ruralClinicUploadExample } from "./rural-clinic-upload";
import { cloudVsEdgeDeploymentExample } from "./cloud-vs-edge-deployment";
import { modelDevelopmentMonitoringExample } from "./model-development-monitoring";

/**
 * The implemented worked examples of Chapter 3 (ML Workflow).
 *
 * @example
 * ```ts
 * chapter3Examples.map((e) => e.id) // ["WE-3.1", "WE-3.2", "WE-3.3", "WE-3.4", "WE-3.5", "WE-3.6"]
 * ```
 */
export const chapter3Examples: readonly WorkedExample[] = Object.freeze([
  iterationTaxExample, stageTransitionAuditExample, constraintPropagationExample,
  ruralClinicUploadExample, cloudVsEdgeDeploymentExample, modelDevelopmentMonitoringExample,
] as WorkedExample[]);
