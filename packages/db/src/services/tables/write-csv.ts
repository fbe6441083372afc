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
