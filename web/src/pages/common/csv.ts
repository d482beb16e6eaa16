/** RFC 4180 CSV for the insights tables' download: quoted where needed, CRLF line ends. */
export type Cell = string | number | boolean | null | undefined;

const quote = (cell: Cell): string => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;

/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
