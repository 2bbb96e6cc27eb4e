export * from "./worked-example";
export * from "./gpt3-training-time";
export * from "./voice-assistant-wall";
export * from "./etl-vs-elt";
export * from "./worked-examples";
