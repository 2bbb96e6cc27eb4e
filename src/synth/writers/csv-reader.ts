/**
 * Reads a CSV file written by the dataset writer back into typed-array columns, using
 * the manifest's schema for the types (RFC 4180 parsing; an unquoted empty field is a
 * null, a quoted one an empty string).
 */
import { ManifestField } from "../manifest";
import { Column, Columns } from "../scenario";
import { DatasetIntegrityError } from "./dataset-integrity-error";

/** One parsed field: its text and whether it was quoted. */
interface Field {
  text: string;
  quoted: boolean;
}

/**
 * Splits RFC 4180 text into records of fields (CRLF or LF line ends; quoted fields may
 * hold commas, quotes written as "" and line breaks).
 *
 * @param text - the whole CSV text
 * @param file - file name for error messages
 * @returns records, header first
 * @throws DatasetIntegrityError (check "content") on an unterminated quoted field
 * @internal
 */
export function parseCsvRecords(text: string, file: string): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new DatasetIntegrityError(file, "content", "a closing quote", `end of file inside a quoted field (record ${records.length + 1})`);
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < n && text[j] !== "," && text[j] !== "\r" && text[j] !== "\n") j++;
      value = text.slice(i, j);
      i = j;
    }
    record.push({ text: value, quoted });
    if (text[i] === ",") {
      i++;
      if (i === n) record.push({ text: "", quoted: false });
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

function numberOf(f: Field, file: string, name: string, row: number): number {
  const x = Number(f.text);
  if (f.text.trim() === "" || (Number.isNaN(x) && f.text !== "NaN")) {
    throw new DatasetIntegrityError(file, "content", `a number in column ${name}`, `${JSON.stringify(f.text)} on data row ${row + 1}`);
  }
  return x;
}

/**
 * Converts parsed CSV records into columns typed by the manifest schema.
 *
 * @throws DatasetIntegrityError (check "schema" or "content") when the header, a field
 * count or a value does not fit the schema
 * @internal
 */
export function csvToColumns(records: Field[][], schema: readonly ManifestField[], file: string): { columns: Columns; rowCount: number } {
  const header = (records[0] ?? []).map((f) => f.text);
  const names = schema.map((f) => f.name);
  if (header.join(",") !== names.join(",")) {
    throw new DatasetIntegrityError(file, "schema", `header ${names.join(",")}`, header.join(","));
  }
  const rowCount = records.length - 1;
  const columns: Columns = {};
  schema.forEach((field, j) => {
    let values: Int32Array | Float64Array | Float32Array | Uint8Array;
    const size = field.size ?? 1;
    switch (field.type) {
      case "int32": case "dictionary": values = new Int32Array(rowCount); break;
      case "float64": case "timestamp": values = new Float64Array(rowCount); break;
      case "float32": values = new Float32Array(rowCount); break;
      case "bool": values = new Uint8Array(rowCount); break;
      case "embedding": values = new Float32Array(rowCount * size); break;
    }
    const nulls = new Uint8Array(rowCount);
    let anyNull = false;
    const index = new Map((field.categories ?? []).map((s, k) => [s, k]));
    for (let r = 0; r < rowCount; r++) {
      const rec = records[r + 1];
      if (rec.length !== schema.length) {
        throw new DatasetIntegrityError(file, "content", `${schema.length} fields per record`, `${rec.length} on data row ${r + 1}`);
      }
      const f = rec[j];
      if (!f.quoted && f.text === "") {
        nulls[r] = 1;
        anyNull = true;
        continue;
      }
      switch (field.type) {
        case "bool":
          if (f.text !== "true" && f.text !== "false") throw new DatasetIntegrityError(file, "content", `true or false in column ${field.name}`, `${JSON.stringify(f.text)} on data row ${r + 1}`);
          values[r] = f.text === "true" ? 1 : 0;
          break;
        case "timestamp": {
          const ms = Date.parse(f.text);
          if (!Number.isFinite(ms)) throw new DatasetIntegrityError(file, "content", `an ISO-8601 time in column ${field.name}`, `${JSON.stringify(f.text)} on data row ${r + 1}`);
          values[r] = ms;
          break;
        }
        case "dictionary": {
          const k = index.get(f.text);
          if (k === undefined) throw new DatasetIntegrityError(file, "content", `a label of column ${field.name}`, `${JSON.stringify(f.text)} on data row ${r + 1}`);
          values[r] = k;
          break;
        }
        case "embedding": {
          const parts = f.text.replace(/^\[|\]$/g, "").split(",");
          if (parts.length !== size) throw new DatasetIntegrityError(file, "content", `${size} values in column ${field.name}`, `${parts.length} on data row ${r + 1}`);
          parts.forEach((p, k) => { values[r * size + k] = numberOf({ text: p, quoted: false }, file, field.name, r); });
          break;
        }
        default:
          values[r] = numberOf(f, file, field.name, r);
      }
    }
    const column: Column = {
      type: field.type,
      values,
      ...(field.type === "dictionary" ? { dictionary: field.categories ?? [] } : {}),
      ...(field.type === "embedding" ? { size } : {}),
      ...(anyNull ? { nulls } : {}),
    };
    columns[field.name] = column;
  });
  return { columns, rowCount };
}
