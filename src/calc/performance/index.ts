export * from "./iron-law";
export * from "./speedup";
export * from "./exponential-growth";
