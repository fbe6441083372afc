// The one yes/no vocabulary of every import (assessment trees, sites, survey answers), so a
// cell means the same whichever file it is in. A spreadsheet's own TRUE/FALSE cells arrive
// as the text Excel shows, "TRUE"/"FALSE" (see the table reader in @cw/db).

const YES = ["是", "y", "yes", "true", "1", "√", "✓"];
const NO = ["否", "n", "no", "false", "0"];

/**
 * 是/否 and its variants, ignoring case and spaces: true or false; null for an empty cell,
 * whose meaning each import decides (否 in a tree or site file, "not answered" in a survey);
 * undefined for anything else, which the import reports rather than guesses.
 */
export function parseYesNo(cell: string): boolean | null | undefined {
  const word = cell.trim().toLowerCase().replace(/\s+/g, "");
  if (word === "") return null;
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return undefined;
}
