export * from "./cost-breakdown";
export * from "./break-even";
export * from "./roi";
export * from "./inference-demand";
