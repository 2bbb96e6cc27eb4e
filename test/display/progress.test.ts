import { describe, expect, test } from "vitest";
import { recordingChannel } from "../../src/display/display-channel";
import { progress, progressBar } from "../../src/display/progress";
import { InvalidParameterError } from "../../src/util/errors";

/** A clock the test moves by hand: no timers, no timed assertions. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

describe("progressBar", () => {
  test("text bar with a floored percentage", () => {
    expect(progressBar({ count: 400, total: 1000, label: "Shards" })).toBe("Shards ▕████████────────────▏ 40% (400/1000)");
    expect(progressBar({ count: 999, total: 1000 })).toBe("▕███████████████████─▏ 99% (999/1000)");
    expect(progressBar({ count: 5, total: 0, width: 4 })).toBe("▕████▏ 100% (5/0)");
    expect(progressBar({ count: 12, total: 10, width: 4 })).toBe("▕████▏ 100% (12/10)");
  });
});

describe("progress in a notebook (injected channel)", () => {
  test("one display_data, then update_display_data with the same id, throttled", () => {
    const channel = recordingChannel();
    const clock = manualClock();
    const bar = progress({ total: 1000, label: "Shards", channel, now: clock.now, intervalMs: 100 });
    expect(bar.displayId).toMatch(/^mlsys-progress-\d+$/);
    expect(channel.messages).toHaveLength(1);
    expect(channel.messages[0]).toEqual({
      data: { "text/plain": "Shards ▕────────────────────▏ 0% (0/1000)" },
      metadata: {},
      transient: { display_id: bar.displayId },
      update: false,
    });

    bar.tick(100); // too soon: no message
    clock.advance(50);
    bar.tick(100);
    expect(channel.messages).toHaveLength(1);
    clock.advance(60); // 110 ms since the first display
    bar.tick(200);
    expect(channel.messages).toHaveLength(2);
    expect(channel.messages[1].update).toBe(true);
    expect(channel.messages[1].transient).toEqual({ display_id: bar.displayId });
    expect(channel.messages[1].data["text/plain"]).toBe("Shards ▕████████────────────▏ 40% (400/1000)");

    bar.tick(600);
    bar.done();
    expect(bar.count).toBe(1000);
    const last = channel.messages[channel.messages.length - 1];
    expect(channel.messages).toHaveLength(3);
    expect(last).toMatchObject({ update: true, transient: { display_id: bar.displayId } });
    expect(last.data["text/plain"]).toBe("Shards ▕████████████████████▏ 100% (1000/1000)");

    bar.done();
    bar.tick(5);
    expect(channel.messages).toHaveLength(3);
    expect(bar.count).toBe(1000);
  });

  test("display ids come from a counter, not randomness", () => {
    const a = progress({ total: 1, channel: recordingChannel() }).displayId as string;
    const b = progress({ total: 1, channel: recordingChannel() }).displayId as string;
    const n = (id: string): number => Number(id.split("-").pop());
    expect(n(b)).toBe(n(a) + 1);
  });
});

describe("progress in a script", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
  };

  test("on a TTY: \\r-redrawn bar on the stream, newline at the end", () => {
    const out = stream(true);
    const clock = manualClock();
    const bar = progress({ total: 4, label: "Sweep", stream: out, now: clock.now, width: 4 });
    clock.advance(100);
    bar.tick(2);
    bar.done();
    expect(out.written).toEqual([
      "\rSweep ▕────▏ 0% (0/4)\x1b[K",
      "\rSweep ▕██──▏ 50% (2/4)\x1b[K",
      "\rSweep ▕██──▏ 50% (2/4)\x1b[K\n",
    ]);
  });

  test("not on a TTY: nothing until done, then one line", () => {
    const out = stream(false);
    const clock = manualClock();
    const bar = progress({ total: 4, stream: out, now: clock.now, width: 4 });
    clock.advance(1000);
    bar.tick(4);
    expect(out.written).toEqual([]);
    bar.done();
    expect(out.written).toEqual(["▕████▏ 100% (4/4)\n"]);
  });

  test("rejects bad totals and ticks", () => {
    expect(() => progress({ total: 1.5, stream: stream(false) })).toThrow(InvalidParameterError);
    expect(() => progress({ total: -1, stream: stream(false) })).toThrow("progress: total must be an integer ≥ 0; got -1");
    const bar = progress({ total: 3, stream: stream(false) });
    expect(() => bar.tick(-1)).toThrow("progress: n must be an integer ≥ 0; got -1");
  });
});
