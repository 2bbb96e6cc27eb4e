export * from "./numeric-format";
export * from "./matmul";
