import { render } from 'preact';
import { loadSettings } from '../../src/shared/settings-store';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/options/options.css';

void loadSettings().then(({ settings }) => {
  applyTheme(document, settings.colorScheme);
  render(<OptionsApp />, document.getElementById('app')!);
});
