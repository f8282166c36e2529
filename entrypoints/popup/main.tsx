import { render } from 'preact';
import { loadSettings } from '../../src/shared/settings-store';
import { App } from '../../src/ui/popup/App';
import { connectToActiveTab } from '../../src/ui/popup/page-link';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/popup/popup.css';

void loadSettings().then(async ({ settings }) => {
  applyTheme(document, settings.colorScheme);
  render(<App link={await connectToActiveTab(location.search)} initialSettings={settings} />, document.getElementById('app')!);
});
