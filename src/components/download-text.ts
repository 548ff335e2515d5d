/**
 * Hands `text` to the browser as a file to save: a Blob URL on a temporary link inside `root` (the
 * element's shadow root: nothing lands in the page), never parsed as HTML.
 */
export function downloadText(root: ParentNode, text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  // The download reads the blob after this task; give it time before letting the URL go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
