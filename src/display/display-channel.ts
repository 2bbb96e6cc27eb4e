/**
 * Where display bundles go. `show` and `progress` write to a {@link DisplayChannel}:
 * the tslab kernel by default, or one passed in (a {@link recordingChannel} in tests).
 */
import { validatorFor } from "../util/validate";
import type { MimeBundle } from "./mime-types";

/** How to send a bundle: as a new output, or as a replacement of an earlier one. */
export interface SendOptions {
  /** Names the output so later sends can replace it (`transient.display_id` in Jupyter). */
  displayId?: string;
  /** Replace the output named `displayId` (`update_display_data`) instead of adding one (`display_data`). */
  update?: boolean;
}

/** One Jupyter display message as a channel receives it. */
export interface DisplayMessage {
  /** The MIME bundle. */
  data: MimeBundle;
  /** Per-MIME metadata (empty unless a renderer needs options). */
  metadata: Record<string, unknown>;
  /** `display_id` when the output can be updated later. */
  transient: { display_id?: string };
  /** True for `update_display_data`, false for `display_data`. */
  update: boolean;
}

/** Anything that can take display bundles. */
export interface DisplayChannel {
  /** Sends one bundle; never throws for lack of a kernel. */
  send(bundle: MimeBundle, options?: SendOptions): void;
}

/**
 * Builds the Jupyter display message for a bundle.
 *
 * @throws InvalidParameterError when `update` is true without a `displayId`, or the
 *   bundle lacks `text/plain`.
 * @example
 * ```ts
 * displayMessage({ "text/plain": "hi" }, { displayId: "mlsys-progress-1" })
 * // { data: { "text/plain": "hi" }, metadata: {}, transient: { display_id: "mlsys-progress-1" }, update: false }
 * ```
 */
export function displayMessage(bundle: MimeBundle, options: SendOptions = {}): DisplayMessage {
  const check = validatorFor("sendDisplay");
  if (bundle === null || typeof bundle !== "object" || typeof bundle["text/plain"] !== "string") {
    check.fail("bundle", bundle, "a MIME bundle with a text/plain entry");
  }
  if (options.displayId !== undefined && (typeof options.displayId !== "string" || options.displayId === "")) {
    check.fail("displayId", options.displayId, "a non-empty string");
  }
  const update = options.update === true;
  if (update && options.displayId === undefined) check.fail("displayId", options.displayId, "a display id when update is true");
  return {
    data: bundle,
    metadata: {},
    transient: options.displayId === undefined ? {} : { display_id: options.displayId },
    update,
  };
}

/**
 * A channel that keeps every message in `messages`, for tests and for inspecting what
 * a notebook would receive.
 *
 * @example
 * ```ts
 * const channel = recordingChannel();
 * show(q(3, "h"), { channel });
 * channel.messages[0].data["text/plain"] // "3.00 h"
 * ```
 */
export function recordingChannel(): DisplayChannel & { readonly messages: DisplayMessage[] } {
  const messages: DisplayMessage[] = [];
  return {
    messages,
    send(bundle, options) {
      messages.push(displayMessage(bundle, options));
    },
  };
}
