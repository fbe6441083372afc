/**
 * Which unit a dispatch form starts with: the site's responsible unit while it is active —
 * unless that unit has just pushed the task back as not its responsibility. The one rule
 * behind the task page's dispatch (`dispatchSuggestion`) and the board's bulk dispatch.
 */
export function suggestedDispatchUnit<U extends { id: string; active: boolean }>(
  siteUnit: U,
  pushedBackFromUnitId: string | null,
): U | null {
  return siteUnit.active && siteUnit.id !== pushedBackFromUnitId ? siteUnit : null;
}
