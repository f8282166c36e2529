import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { applyTheme } from '../../src/ui/theme';
import '../../src/ui/options/options.css';

void applyTheme(document).then(() => render(<OptionsApp />, document.getElementById('app')!));
