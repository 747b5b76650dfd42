/**
 * Placeholder: the lead replaces this with the "Your reports" section
 * (reports the reader added, kept in IndexedDB). The options page renders it
 * in its marked place; until then it renders nothing.
 */
export function ReportsSection() {
  return null;
}
