export * from "./roofline";
