import { render } from 'preact';
import '../shared/english-messages';
import { t } from '../shared/i18n';
import { Options } from './Options';

document.title = t('optionsTitle');
document.documentElement.lang = t('@@ui_locale').replace('_', '-') || 'en';
render(<Options />, document.getElementById('app')!);
