/**
 * mlsys-lab: calculators, drift statistics and synthetic data for the textbook
 * *Machine Learning Systems*. Import from the package root: `import { q, show } from "mlsys-lab"`.
 */
export * from "./util";
export * from "./units";
export * from "./constants";
export * from "./calc";
export * from "./examples";
export * from "./viz";
export * from "./display";
export * from "./random";
export * from "./synth";
export * from "./drift";
export * from "./warehouse";
