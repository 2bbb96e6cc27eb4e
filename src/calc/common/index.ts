export * from "./quantity-input";
