import { afterEach, describe, expect, test, vi } from "vitest";
import { displayMessage, recordingChannel } from "../../src/display/display-channel";
import { inKernel, kernelChannel, sendDisplay } from "../../src/display/tslab-channel";
import { InvalidParameterError } from "../../src/util/errors";

// A stand-in for the kernel's tslab/dist/jupyter.js module, registered in require.cache
// under a path of that shape; the real tslab is never loaded or mocked.
const FAKE_PATH = "/nowhere/node_modules/tslab/dist/jupyter.js";

function installFakeKernel(): { calls: [unknown, boolean][] } {
  const calls: [unknown, boolean][] = [];
  const exports = { lastWriteDisplayData: (data: unknown, update: boolean) => calls.push([data, update]) };
  (require.cache as Record<string, unknown>)[FAKE_PATH] = { id: FAKE_PATH, filename: FAKE_PATH, loaded: true, exports };
  return { calls };
}

afterEach(() => {
  delete (require.cache as Record<string, unknown>)[FAKE_PATH];
  vi.restoreAllMocks();
});

describe("tslab channel", () => {
  test("inKernel() is false under vitest", () => {
    expect(inKernel()).toBe(false);
  });

  test("outside a kernel, sendDisplay prints the text/plain to stdout", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    sendDisplay({ "text/markdown": "**25.3 days**", "text/plain": "25.3 days" });
    expect(write).toHaveBeenCalledWith("25.3 days\n");
  });

  test("inside a kernel, one multi-MIME display_data, then update_display_data with the same id", () => {
    const kernel = installFakeKernel();
    expect(inKernel()).toBe(true);
    const bundle = { "image/svg+xml": "<svg/>", "text/plain": "Chart (Vega-Lite chart)" };
    sendDisplay(bundle, { displayId: "mlsys-chart-1" });
    kernelChannel.send({ "text/plain": "v2" }, { displayId: "mlsys-chart-1", update: true });
    expect(kernel.calls).toEqual([
      [{ data: bundle, metadata: {}, transient: { display_id: "mlsys-chart-1" } }, false],
      [{ data: { "text/plain": "v2" }, metadata: {}, transient: { display_id: "mlsys-chart-1" } }, true],
    ]);
  });

  test("a kernel module whose writer is null (between cells) counts as no kernel", () => {
    (require.cache as Record<string, unknown>)[FAKE_PATH] = { id: FAKE_PATH, exports: { lastWriteDisplayData: null } };
    expect(inKernel()).toBe(false);
  });

  test("update needs a display id; a bundle needs text/plain", () => {
    const error = (() => {
      try {
        sendDisplay({ "text/plain": "x" }, { update: true });
      } catch (e) {
        return e as InvalidParameterError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error?.message).toBe("sendDisplay: displayId must be a display id when update is true; got undefined");
    expect(() => displayMessage({ "text/html": "<b>x</b>" } as any)).toThrow(
      "sendDisplay: bundle must be a MIME bundle with a text/plain entry; got an object",
    );
  });

  test("recordingChannel keeps the messages", () => {
    const channel = recordingChannel();
    channel.send({ "text/plain": "a" });
    expect(channel.messages).toEqual([{ data: { "text/plain": "a" }, metadata: {}, transient: {}, update: false }]);
  });
});
