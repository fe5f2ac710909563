// What a newcomer sees in an empty store: one obvious way to get figures on screen at once.
import { useT } from '../i18n/i18n.tsx';
import { DemoButton, type ImportProps } from './ImportButtons.tsx';

export function EmptyStore({ onImported }: ImportProps) {
  const t = useT();
  return (
    <div className="empty-store" data-testid="empty-store">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <DemoButton onImported={onImported} prominent />
    </div>
  );
}
