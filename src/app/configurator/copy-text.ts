/**
 * Copies text to the clipboard: the Clipboard API where the page may use it (a secure context and
 * permission), else the old selection-and-execCommand way on the given field. Resolves to whether
 * it copied; on false the field's text is left selected, so the visitor can press Ctrl+C.
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: fall through to the selection.
  }
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
