export { MAX_VECTOR_LENGTH } from "./vector-input";
export * from "./activation";
export * from "./softmax";
export * from "./cross-entropy";
export * from "./dense-network";
export * from "./conv2d";
export * from "./gradient-scale";
