export * from "./etl-vs-elt";
