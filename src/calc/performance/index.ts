export * from "./iron-law";
export * from "./speedup";
