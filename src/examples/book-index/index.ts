export * from "./book-index-entry";
export * from "./book-index";
