/**
 * Downloads a file the server streams (GET with the session cookie), reporting the bytes as
 * they arrive, then hands it to the browser under the server's file name. A failure answer is
 * the server's JSON error, thrown with its message.
 */
export async function downloadFile(
  url: string,
  onProgress: (progress: { bytes: number; rows: number | null }) => void,
  signal?: AbortSignal,
): Promise<{ fileName: string; bytes: number }> {
  const res = await fetch(url, { credentials: "same-origin", ...(signal ? { signal } : {}) });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? res.statusText);
  }
  const rowsHeader = res.headers.get("x-export-rows");
  const rows = rowsHeader === null ? null : Number(rowsHeader);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = res.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    onProgress({ bytes, rows });
  }
  const fileName = fileNameOf(res.headers.get("content-disposition")) ?? "download";
  const blob = new Blob(chunks as BlobPart[], {
    type: res.headers.get("content-type") ?? "application/octet-stream",
  });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { fileName, bytes };
}

/** The file name in Content-Disposition, preferring RFC 5987's UTF-8 form. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = header.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return header.match(/filename="([^"]+)"/i)?.[1] ?? null;
}
