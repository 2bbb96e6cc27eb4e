export * from "./quantity-input";
export * from "./count-input";
