/**
 * Sends one image to `POST /api/photos` (raw bytes, not tRPC: superjson would base64 it) and
 * returns its id, which the workflow calls then reference. Throws with the server's message,
 * already in the user's language.
 */
export async function uploadPhoto(file: File): Promise<string> {
  const response = await fetch("/api/photos", {
    method: "POST",
    body: file,
    headers: { "content-type": file.type || "application/octet-stream" },
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    error?: { message?: string };
  } | null;
  if (!response.ok || !body?.id) {
    throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body.id;
}

export const photoUrl = (id: string) => `/api/photos/${id}`;
