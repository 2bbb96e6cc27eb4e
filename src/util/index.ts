export * from "./errors";
export * from "./validate";
export * from "./large-array";
