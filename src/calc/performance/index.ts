export * from "./iron-law";
