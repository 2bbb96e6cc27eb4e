export * from "./hardware-rates";
