export * from "./dimension";
export * from "./dimension-types";
export * from "./unit-table";
export * from "./parse";
export * from "./quantity";
export * from "./format";
