import { render } from 'preact';
import { App } from '../../src/ui/popup/App';
import { connectToActiveTab } from '../../src/ui/popup/page-link';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/popup/popup.css';

void applyTheme(document).then(async () => {
  render(<App link={await connectToActiveTab(location.search)} />, document.getElementById('app')!);
});
