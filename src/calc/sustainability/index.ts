export * from "./carbon";
export * from "./fleet-energy";
