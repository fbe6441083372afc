/**
 * Whether the URL carries a search beyond what the view sets itself (`owned`): the unit view
 * loads the search's URL checks (zod, readTaskSearch) and its bar only then (issue 15).
 */
export function searchBeyond(params: URLSearchParams, owned: readonly string[]): boolean {
  for (const key of params.keys()) if (!owned.includes(key)) return true;
  return false;
}
