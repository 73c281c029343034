// A confirmation step before a consequential action (crisis mode): a modal dialog that says what
// will happen; Escape or "Annuler" cancels, the focus returns where it was.
import { element } from '/assets/numvert-session.js';

const $ = id => document.getElementById(id);

/** Resolves true when confirmed. lines: the sentences that describe the action. */
export function confirmAction(title, lines, confirmLabel) {
  const dialog = $('confirm-dialog');
  const opener = document.activeElement;
  $('confirm-title').textContent = title;
  $('confirm-body').replaceChildren(...lines.map(line => element('p', line)));
  $('confirm-yes').textContent = confirmLabel;
  return new Promise(resolve => {
    const finish = answer => {
      $('confirm-yes').removeEventListener('click', yes);
      $('confirm-no').removeEventListener('click', no);
      dialog.removeEventListener('cancel', no);
      if (dialog.open) {
        dialog.close();
      }
      if (opener && opener.isConnected) {
        opener.focus();
      }
      resolve(answer);
    };
    const yes = () => finish(true);
    const no = event => {
      if (event) {
        event.preventDefault();
      }
      finish(false);
    };
    $('confirm-yes').addEventListener('click', yes);
    $('confirm-no').addEventListener('click', no);
    dialog.addEventListener('cancel', no);
    dialog.showModal();
    $('confirm-no').focus();
  });
}
