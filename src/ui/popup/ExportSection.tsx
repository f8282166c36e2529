import { useState } from 'preact/hooks';

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
      setStatus('The analysis is not available any more; reload the page.');
      return;
    }
    const content = exports[format];
    if (action === 'copy') {
      await navigator.clipboard.writeText(content);
      setStatus(`${format === 'json' ? 'JSON' : 'Markdown'} copied to the clipboard.`);
      return;
    }
    const type = format === 'json' ? 'application/json' : 'text/markdown';
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sourcelight-analysis.${format === 'json' ? 'json' : 'md'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Download started.');
  };

  return (
    <section aria-labelledby="export-heading" class="export">
      <h2 id="export-heading">Export</h2>
      <div class="buttons">
        <button type="button" onClick={() => void run('markdown', 'copy')}>Copy Markdown</button>
        <button type="button" onClick={() => void run('markdown', 'download')}>Download .md</button>
        <button type="button" onClick={() => void run('json', 'copy')}>Copy JSON</button>
        <button type="button" onClick={() => void run('json', 'download')}>Download .json</button>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
