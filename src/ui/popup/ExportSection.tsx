import { useState } from 'preact/hooks';
import { t } from '../i18n';

interface Exports {
  json: string;
  markdown: string;
}

/** Copy or download the analysis as Markdown or JSON. */
export function ExportSection({ load }: { load: () => Promise<Exports | undefined> }) {
  const [status, setStatus] = useState('');

  const run = async (format: keyof Exports, action: 'copy' | 'download') => {
    const exports = await load();
    if (!exports) {
      setStatus(t('exportGone'));
      return;
    }
    const content = exports[format];
    if (action === 'copy') {
      await navigator.clipboard.writeText(content);
      setStatus(t('exportCopied', format === 'json' ? 'JSON' : 'Markdown'));
      return;
    }
    const type = format === 'json' ? 'application/json' : 'text/markdown';
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sourcelight-analysis.${format === 'json' ? 'json' : 'md'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t('exportDownloadStarted'));
  };

  return (
    <section aria-labelledby="export-heading" class="export">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <div class="buttons">
        <button type="button" onClick={() => void run('markdown', 'copy')}>{t('exportCopyMarkdown')}</button>
        <button type="button" onClick={() => void run('markdown', 'download')}>{t('exportDownloadMarkdown')}</button>
        <button type="button" onClick={() => void run('json', 'copy')}>{t('exportCopyJson')}</button>
        <button type="button" onClick={() => void run('json', 'download')}>{t('exportDownloadJson')}</button>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
