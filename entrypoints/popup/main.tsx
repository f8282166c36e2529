import { render } from 'preact';
import { loadSettings } from '../../src/shared/settings-store';
import { setDocumentLanguage } from '../../src/ui/i18n';
import { App } from '../../src/ui/popup/App';
import { connectToActiveTab } from '../../src/ui/popup/page-link';
import { LEGEND_CSS } from '../../src/ui/legend';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/popup/popup.css';

setDocumentLanguage(document);

// The legend's styles go before the popup's own sheet, which adjusts them.
const legendStyles = document.createElement('style');
legendStyles.textContent = LEGEND_CSS;
document.head.prepend(legendStyles);

void loadSettings().then(async ({ settings }) => {
  applyTheme(document, settings.colorScheme);
  render(<App link={await connectToActiveTab(location.search)} initialSettings={settings} />, document.getElementById('app')!);
});
