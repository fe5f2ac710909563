// The bar across the top: what store is open, and the commands that act on the whole store
// (import, demo corpus, export) plus the language switch.
import type { ImportSummary, StoreInfo } from '../../shared/domain.ts';
import { ExportButton } from '../export/ExportButton.tsx';
import type { GridScope } from '../grid/scope.ts';
import { ExtractionButton } from '../extraction/ExtractionButton.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { LANGS, isLang } from '../i18n/strings.ts';
import { DemoButton, ImportButton } from '../import/ImportButtons.tsx';

interface HeaderProps {
  info: StoreInfo | null;
  onImported: (summary: ImportSummary) => void;
  /** The reviewer's name from settings; null while it loads. */
  reviewer: string | null;
  onSettings: () => void;
  /** What the grid shows and the open article, for the report's scope. */
  gridScope?: GridScope | undefined;
  articleId?: number | null;
  /** After edits were applied elsewhere (a workbook, a re-extraction), so the panes reload. */
  onStoreChanged?: () => void;
}

function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        data-testid="lang-switch"
        value={lang}
        aria-label={t('lang.label')}
        onChange={(e) => {
          if (isLang(e.currentTarget.value)) setLang(e.currentTarget.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Header(props: HeaderProps) {
  const { info, onImported, reviewer, onSettings, gridScope, articleId, onStoreChanged } = props;
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.name')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
      </div>
      {info && (
        <span
          className="store-info"
          data-testid="store-info"
          title={t('store.path', { path: info.path, schema: info.schemaVersion, app: info.appVersion })}
        >
          {t('store.summary', { articles: info.articles, indicators: info.indicators })}
        </span>
      )}
      <div className="header-actions">
        <ImportButton onImported={onImported} />
        <DemoButton onImported={onImported} />
        <ExportButton
          disabled={info !== null && info.indicators === 0}
          gridScope={gridScope}
          articleId={articleId}
          onStoreChanged={onStoreChanged}
        />
        <ExtractionButton onApplied={onStoreChanged} />
        {reviewer !== null && (
          <button type="button" className="btn btn-quiet" data-testid="reviewer-button" onClick={onSettings}>
            {t('settings.reviewer', { name: reviewer })}
          </button>
        )}
        <LangSwitch />
      </div>
    </header>
  );
}
