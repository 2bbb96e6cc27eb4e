/**
 * Book index, Chapter 16: the numeric examples of reference/book-ch13-15.md §16, in book order.
 */
import { chapterIndex } from "./book-index-entry";

/** Chapter 16 of the book index. */
export const chapter16Index = chapterIndex(16, [
  { id: "W16.5", lines: [30974, 40144], title: "Mean vs tail: one user in a hundred waits 40× longer", status: "implemented" },
  { id: "W16.1", lines: [39814, 39871], title: "MobileNetV2 journey (Table 16.1): 8–9× fewer FLOPs, 4× memory with INT8", status: "not yet",
    reason: "Needs the depthwise-separable cost arithmetic of calc/model (being written in parallel); the INT8 4× is bytesPerElement's ratio." },
  { id: "W16.2", lines: [39894, 40009], title: "The twelve invariants (Table 16.2)", status: "not numeric",
    reason: "A table of laws without worked numbers; notebook 16 demonstrates each invariant with a computed example from the library." },
  { id: "W16.3", lines: [40088, 40112], title: "The cost of a token: Llama-2-70B on an H100", status: "implemented" },
  { id: "W16.4", lines: [40284, 40284], title: "Amdahl fallacy: 10× inference, 90 % data loading → 1.1×", status: "implemented" },
]);
