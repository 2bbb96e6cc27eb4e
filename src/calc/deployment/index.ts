export * from "./voice-assistant-wall";
