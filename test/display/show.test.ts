import { afterEach, describe, expect, test, vi } from "vitest";
import { recordingChannel } from "../../src/display/display-channel";
import { VEGALITE_MIME_TYPE } from "../../src/display/mime-types";
import { html, markdown, show } from "../../src/display/show";
import { q } from "../../src/units/quantity";
import { InvalidParameterError } from "../../src/util/errors";
import { barChart } from "../../src/viz/bar-chart";

afterEach(() => vi.restoreAllMocks());

describe("show", () => {
  test("sends toMimeBundle(value) through the channel and returns nothing", () => {
    const channel = recordingChannel();
    const result = show(q(2184000, "s"), { channel });
    expect(result).toBeUndefined();
    expect(channel.messages).toEqual([
      { data: { "text/markdown": "25.3 days", "text/plain": "25.3 days" }, metadata: {}, transient: {}, update: false },
    ]);
  });

  test("a chart goes out as one bundle with Vega-Lite, SVG and text", () => {
    const channel = recordingChannel();
    const chart = barChart({ data: [{ c: "gpu", v: 3 }], category: "c", value: "v", title: "Cost", categoryTitle: "Item", valueTitle: "Cost ($)" });
    show(chart, { channel, displayId: "mlsys-chart-1" });
    const [message] = channel.messages;
    expect(Object.keys(message.data).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
    expect(message.data[VEGALITE_MIME_TYPE]).toEqual(chart);
    expect(message.transient).toEqual({ display_id: "mlsys-chart-1" });
  });

  test("in a script (no kernel, no channel) it prints the text form", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    show({ gpus: 8 });
    expect(write).toHaveBeenCalledWith("name  value\n----  -----\ngpus  8\n");
  });
});

describe("markdown and html", () => {
  test("markdown sends text/markdown with the same text as fallback", () => {
    const channel = recordingChannel();
    markdown("Training takes **25.3 days**", { channel });
    expect(channel.messages[0].data).toEqual({ "text/markdown": "Training takes **25.3 days**", "text/plain": "Training takes **25.3 days**" });
  });

  test("html sends text/html with tags stripped as fallback", () => {
    const channel = recordingChannel();
    html("<p><b>25.3</b>\n days</p>", { channel });
    expect(channel.messages[0].data).toEqual({ "text/html": "<p><b>25.3</b>\n days</p>", "text/plain": "25.3 days" });
  });

  test("reject non-strings", () => {
    expect(() => markdown(42 as any, { channel: recordingChannel() })).toThrow(InvalidParameterError);
    expect(() => html(undefined as any)).toThrow("html: text must be a string; got undefined");
  });
});
