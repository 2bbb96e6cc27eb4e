export * from "./provenance";
export * from "./registry";
export * from "./types";
