// CSV as RFC 4180 has it: comma-separated, CRLF between records, fields with a comma, quote
// or line break in double quotes, quotes doubled. Written as UTF-8 with a byte-order mark,
// because without it Excel on Chinese Windows reads the bytes as GBK and shows garbage.

const BOM = "\uFEFF";

function field(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function writeCsv(table: readonly (readonly string[])[]): Buffer {
  const text = table.map((row) => row.map(field).join(",")).join("\r\n");
  return Buffer.from(`${BOM}${text}\r\n`, "utf8");
}

/**
 * Text of a CSV file. UTF-8 (with or without BOM) first; a file that is not valid UTF-8 is
 * read as GB18030, which is what Excel on Chinese Windows saves as "CSV (逗号分隔)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The records of a CSV text. Lenient where RFC 4180 is silent (LF alone ends a record, a
 * quote inside an unquoted field is kept as is); an unclosed quote is an error at the record
 * where it opened, since everything after it would be misread.
 */
export function parseCsv(text: string): { table: string[][] } | { unclosedQuoteAt: number } {
  const table: string[][] = [];
  let record: string[] = [];
  let value = "";
  let quoted = false;
  let atFieldStart = true;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      openedAt = table.length + 1;
    } else if (c === ",") {
      record.push(value);
      value = "";
      atFieldStart = true;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(value);
      table.push(record);
      record = [];
      value = "";
      atFieldStart = true;
    } else {
      value += c;
      atFieldStart = false;
    }
  }
  if (quoted) return { unclosedQuoteAt: openedAt };
  if (!atFieldStart || value !== "" || record.length > 0) {
    record.push(value);
    table.push(record);
  }
  return { table };
}
