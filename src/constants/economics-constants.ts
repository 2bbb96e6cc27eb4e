/**
 * Prices: book Table 21.12 (seed 004, L44406–L44431) and the storage, compute and
 * query prices of the data-engineering chapter's ETL-vs-ELT comparison (Listing 4.2,
 * L6268–L6292, worked problem L6301–L6330), whose identifiers are the listing's
 * Python variable names.
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const table = bookTable("Table 21.12", "economics");
const listing = bookTable("Listing 4.2", "economics");

/**
 * Every constant of Table 21.12 (Economic Assumptions) and the three unit prices of
 * Listing 4.2, with their seed lines.
 *
 * Source: seed 004, Table 21.12 (L44406); Listing 4.2 (L6268).
 * @example
 * ```ts
 * economicsConstants.find((c) => c.id === "CLOUD_EGRESS_PER_GB")?.value.toString() // "0.0900 $/GB"
 * ```
 */
export const economicsConstants: readonly ConstantSpec[] = Object.freeze([
  table({ id: "CLOUD_ELECTRICITY_PER_KWH", value: q(0.12, "USD/kWh"), printedUnit: "dollar/kWh", line: 44425, description: "Electricity price a cloud data centre pays." }),
  table({ id: "CLOUD_EGRESS_PER_GB", value: q(0.09, "USD/GB"), printedUnit: "dollar/GB", line: 44431, description: "Price of moving one gigabyte out of a cloud provider's network." }),
  listing({
    id: "s3_per_tb_mo", value: q(23, "USD/TB/month"), printedUnit: "USD/TB per month", line: 6273,
    description: "Object-storage (S3 standard) price per terabyte per month.", note: "Unit as printed in the worked problem (L6310).",
  }),
  listing({
    id: "spark_per_tb", value: q(5, "USD/TB"), printedUnit: "USD/TB", line: 6274,
    description: "Spark cluster cost to transform one terabyte.", note: "Unit as printed in the worked problem (L6308).",
  }),
  listing({
    id: "query_cost_per", value: q(5, "USD"), printedUnit: "USD/query", line: 6277,
    description: "Warehouse cost of one feature-transformation query (stored as money per query).", note: "Unit as printed in the worked problem (L6321).",
  }),
]);
