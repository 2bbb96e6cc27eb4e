export * from "./training-flops";
export * from "./training-time";
