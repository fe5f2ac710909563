// A list whose text column Tally did not recognise: the analyst sees its header and a sample row,
// picks the column for each field (the text is required), and the file is imported with that mapping.
import { useState } from 'react';
import type { ColumnMapping } from '../../shared/domain.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';
import { FormDialog } from '../layout/Dialog.tsx';
import { MAPPED_FIELDS, mappableHeaders, mappingOf, type MappingRequest } from './summaries.ts';

const LABELS: Record<(typeof MAPPED_FIELDS)[number], MessageKey> = {
  content: 'import.map.field.content',
  title: 'import.map.field.title',
  date: 'import.map.field.date',
  source: 'import.map.field.source',
  url: 'import.map.field.url',
};

interface Props {
  request: MappingRequest;
  onMap: (columns: ColumnMapping) => Promise<void>;
  /** Cancel, Escape or a click outside: the file stays skipped. */
  onSkip: () => void;
}

export function ColumnMappingDialog({ request, onMap, onSkip }: Props) {
  const t = useT();
  const { columns } = request;
  const [chosen, setChosen] = useState<ColumnMapping>(() => ({ ...columns.recognised }));
  const options = mappableHeaders(columns.headers);
  return (
    <FormDialog
      title={t('import.map.title', { file: request.name })}
      testId="column-mapping"
      onClose={onSkip}
      submitLabel={t('import.map.submit')}
      onSubmit={() => onMap(mappingOf(chosen))}
    >
      <p className="muted">{t('import.map.hint')}</p>
      {columns.sheet !== null && <p>{t('import.map.sheet', { sheet: columns.sheet })}</p>}
      <div className="mapping-preview">
        <table data-testid="mapping-preview">
          <caption>{t('import.map.sample')}</caption>
          <thead>
            <tr>
              {columns.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {columns.sample.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="mapping-fields">
        {MAPPED_FIELDS.map((field) => (
          <label key={field}>
            {t(LABELS[field])}
            <select
              data-testid={`map-${field}`}
              value={chosen[field] ?? ''}
              required={field === 'content'}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setChosen((c) => ({ ...c, [field]: value || undefined }));
              }}
            >
              <option value="">{t('import.map.none')}</option>
              {options.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </FormDialog>
  );
}
