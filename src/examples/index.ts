export * from "./worked-example";
export * from "./worked-examples";
export * from "./book-index";
