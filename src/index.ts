export * from "./util";
export * from "./units";
