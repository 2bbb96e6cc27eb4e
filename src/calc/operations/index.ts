export * from "./retraining-schedule";
