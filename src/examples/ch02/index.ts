/**
 * The worked examples of Chapter 2, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { voiceAssistantWallExample } from "./voice-assistant-wall";

/**
 * Chapter 2's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter2Examples.map((e) => e.id)
 * ```
 */
export const chapter2Examples: readonly WorkedExample[] = Object.freeze([voiceAssistantWallExample]);
