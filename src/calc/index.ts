export * from "./quantity-input";
export * from "./iron-law";
export * from "./training-time";
export * from "./training-flops";
export * from "./voice-assistant-wall";
export * from "./etl-vs-elt";
export * from "./hardware-rates";
export * from "./retraining-schedule";
