export * from "./iteration-tax";
export * from "./constraint-propagation";
export * from "./upload-feasibility";
export * from "./cloud-vs-edge";
export * from "./grid-search";
export * from "./monitoring-rules";
