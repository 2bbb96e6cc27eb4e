/**
 * Production scale and data-rate references: book Table 21.13 (seed 004,
 * L44455–L44516). Daily counts are plain numbers, as the book prints them unitless.
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const row = bookTable("Table 21.13", "scale");

/**
 * Every constant of Table 21.13 (Production Scale and Data Rate References) with its
 * seed line.
 *
 * Source: seed 004, Table 21.13 (L44455).
 * @example
 * ```ts
 * scaleConstants.find((c) => c.id === "GOOGLE_SEARCHES_PER_DAY")?.value // 8500000000
 * ```
 */
export const scaleConstants: readonly ConstantSpec[] = Object.freeze([
  row({ id: "GMAIL_EMAILS_PER_DAY", value: 1.21e11, printedUnit: "-", line: 44474, description: "Emails Gmail handles per day (about 1.4 million per second)." }),
  row({ id: "GOOGLE_SEARCHES_PER_DAY", value: 8.5e9, printedUnit: "-", line: 44480, description: "Google searches per day (about 98,000 per second)." }),
  row({ id: "WAYMO_DATA_PER_HOUR_LOW", value: q(1, "TB/h"), printedUnit: "TB/h", line: 44486, description: "Sensor data one autonomous vehicle records per hour, low end." }),
  row({ id: "WAYMO_DATA_PER_HOUR_HIGH", value: q(19, "TB/h"), printedUnit: "TB/h", line: 44492, description: "Sensor data one autonomous vehicle records per hour, high end." }),
  row({ id: "VIDEO_1080P_WIDTH", value: 1920, printedUnit: "-", line: 44498, description: "Width of a 1080p video frame in pixels." }),
  row({ id: "VIDEO_1080P_HEIGHT", value: 1080, printedUnit: "-", line: 44504, description: "Height of a 1080p video frame in pixels." }),
  row({ id: "VIDEO_BYTES_PER_PIXEL_RGB", value: q(3, "B"), printedUnit: "B", line: 44510, description: "Bytes per pixel of uncompressed 8-bit RGB video." }),
  row({ id: "VIDEO_FPS_STANDARD", value: q(30, "Hz"), printedUnit: "Hz", line: 44516, description: "Standard video frame rate." }),
]);
