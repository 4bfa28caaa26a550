/**
 * Copies text. The async Clipboard API needs a focused document; when it refuses (a popup that
 * lost focus), the older copy command on a hidden text field still works inside the click.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    if (!ok) throw new Error('The clipboard is not available.');
  }
}
