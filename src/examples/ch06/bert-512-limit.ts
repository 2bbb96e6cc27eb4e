/**
 * WE-6.11 "BERT 512-token limit" (book Ch. 6, seed 004 L11723–L11729).
 */
import { attentionScoreMemory } from "../../calc/memory/attention-memory";
import { workedExample } from "../worked-example";

/**
 * WE-6.11: attention memory relative to BERT's 512 tokens. 4,000 tokens is 61×, not 64×.
 *
 * @example
 * ```ts
 * bert512LimitExample.compute().at4000 // 61.03515625
 * ```
 */
export const bert512LimitExample = workedExample({
  id: "WE-6.11",
  slug: "bert-512-limit",
  title: "BERT 512-token limit",
  chapter: 6,
  section: "Chapter 6, Attention's quadratic wall (BERT case)",
  lines: [11723, 11729],
  problem: "How much more attention memory do 1,024 and 4,000 tokens need than BERT's 512?",
  inputs: {
    limit: { label: "BERT's context", value: 512, line: 11723 },
    doubled: { label: "doubled context", value: 1024, line: 11725 },
    article: { label: "a short article", value: 4000, line: 11725 },
  },
  compute: (i) => {
    const bytes = (n: number) => attentionScoreMemory({ sequenceLength: n, heads: 12, precision: "fp16" }).perLayer;
    return { at1024: bytes(i.doubled).ratio(bytes(i.limit)), at4000: bytes(i.article).ratio(bytes(i.limit)) };
  },
  checks: [
    { name: "512 → 1,024", printed: "would quadruple the memory", book: 4, unit: "×", tolerance: 0, line: 11725, value: (r) => r.at1024 },
    { name: "512 → 4,000", printed: "by 64×", book: 64, expected: 61.035, unit: "×", tolerance: 1e-4, line: 11725, value: (r) => r.at4000,
      note: "(4,000 / 512)² = 61.0; 64× is (4,096 / 512)²." },
  ],
  conclusion: "Memory grows with the square of the context, so a hard sequence limit was the only way to keep one long document from crashing training.",
});
