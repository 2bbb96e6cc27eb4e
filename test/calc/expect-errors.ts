/**
 * Assertions for rejected inputs: the error class, and a message that names the
 * function, the parameter and the value received.
 */
import { expect } from "vitest";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

/** Asserts an InvalidParameterError whose message reads "fn: parameter must be …; got valueText". */
export function expectInvalid(action: () => unknown, fn: string, parameter: string, valueText: string): InvalidParameterError {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(InvalidParameterError);
  const e = error as InvalidParameterError;
  expect(e.functionName).toBe(fn);
  expect(e.parameter).toBe(parameter);
  expect(e.message).toMatch(new RegExp(`^${escape(fn)}: ${escape(parameter)} must be .+; got ${escape(valueText)}$`));
  return e;
}

/** Asserts a DimensionError whose message names the function, the parameter and the wrong quantity. */
export function expectDimension(action: () => unknown, fn: string, parameter: string, valueText: string): DimensionError {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(DimensionError);
  const e = error as DimensionError;
  expect(e.message).toMatch(new RegExp(`^${escape(fn)}: ${escape(parameter)} must be an? `));
  expect(e.message).toContain(`got ${valueText}`);
  return e;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
