// The help overlay (?): every command with its keys, read from the registry the keyboard uses.
import { useI18n } from '../i18n/i18n.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { allCommands, shortcutText } from './registry.ts';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('help.title')} testId="help-overlay" onClose={onClose}>
      <table className="help-table">
        <tbody>
          {allCommands().map((c) => (
            <tr key={c.name} data-command={c.name}>
              <td>{t(c.label)}</td>
              <td>
                {c.shortcuts.map((s) => (
                  <kbd key={shortcutText(s)}>{shortcutText(s, mac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.navigation')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.dismiss')}
        </button>
      </div>
    </Dialog>
  );
}
