export * from "./activation-memory";
export * from "./inference-memory";
export * from "./training-memory";
export * from "./checkpoint-size";
export * from "./mlp-memory";
export * from "./attention-memory";
export * from "./kv-cache";
export * from "./fits-on-device";
