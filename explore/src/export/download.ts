export { fileNameFor } from './fileNameFor';

/**
 * Offers content to the user as a file: a Blob behind an object URL, clicked
 * through a temporary `<a download>`, the URL revoked once the browser has
 * taken it. Text is written as UTF-8 (`mime; charset=utf-8`).
 */
export function download(fileName: string, mime: string, content: string | Blob): void {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: mime.includes('charset') ? mime : `${mime};charset=utf-8` })
      : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a moment later it is safe.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
