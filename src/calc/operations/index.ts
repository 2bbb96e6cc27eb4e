export * from "./retraining-schedule";
export * from "./verification-gap";
export * from "./degradation";
export * from "./incident-cost";
export * from "./monitoring-budget";
export * from "./decision-threshold";
