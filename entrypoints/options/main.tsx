import { render } from 'preact';
import { loadSettings } from '../../src/shared/settings-store';
import { setDocumentLanguage, t } from '../../src/ui/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/options/options.css';

setDocumentLanguage(document);
document.title = t('optionsTitle');

void loadSettings().then(({ settings }) => {
  applyTheme(document, settings.colorScheme);
  render(<OptionsApp />, document.getElementById('app')!);
});
