// The help overlay (?): every command with its keys, read from the registry the keyboard uses,
// and the keys that move and extend the selection in the article text, read from their own table.
import { useI18n } from '../i18n/i18n.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { TEXT_KEY_HELP } from '../review/textKeys.ts';
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
      <h3 className="help-section">{t('textKeys.title')}</h3>
      <table className="help-table" data-testid="help-text-keys">
        <tbody>
          {TEXT_KEY_HELP.map((row) => (
            <tr key={row.label}>
              <td>{t(row.label)}</td>
              <td>
                {row.keys.map((k) => (
                  <kbd key={k}>{mac ? k.replace('Ctrl+', '⌘') : k}</kbd>
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
