/** Where the command line writes, so tests can capture it. */

/** A text stream the CLI writes to. */
export interface TextOut {
  write(text: string): unknown;
  /** True when the stream is a terminal (a progress bar is drawn only then, in "auto" mode). */
  isTTY?: boolean;
}

/** The CLI's output streams and clock. */
export interface CliIo {
  stdout: TextOut;
  stderr: TextOut;
  /** Milliseconds, for progress rates; default Date.now. */
  now?: () => number;
}
