/**
 * Why an upload failed, as far as the caller needs to know: the HTTP status, and whether the
 * server answered in its own JSON error shape (a proxy's HTML error page does not).
 */
export class PhotoUploadError extends Error {
  constructor(
    readonly status: number,
    readonly answered: boolean,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends one image to `POST /api/photos` (raw bytes, not tRPC: superjson would base64 it) and
 * returns its id, which the workflow calls then reference. The one upload of the web app: the
 * task forms and the inspector's offline queue both call it. A refused upload throws a
 * PhotoUploadError with the server's message, already in the user's language; no network at
 * all rejects as fetch does (a TypeError). The public report page sends to
 * `/api/public/photos` (no session, decision 0026).
 */
export async function uploadPhoto(photo: Blob, url = "/api/photos"): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    body: photo,
    headers: { "content-type": photo.type || "application/octet-stream" },
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    error?: { message?: string };
  } | null;
  if (response.ok && body?.id) return body.id;
  const message = body?.error?.message ?? `HTTP ${response.status}`;
  throw new PhotoUploadError(response.status, body !== null, message);
}

export const thumbnailUrl = (id: string) => `/api/photos/${id}/thumbnail`;
