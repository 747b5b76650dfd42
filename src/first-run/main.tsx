import { render } from 'preact';
import '../shared/english-messages';
import { t } from '../shared/i18n';
import { FirstRun } from './FirstRun';

document.title = t('firstRunTitle');
document.documentElement.lang = t('@@ui_locale').replace('_', '-') || 'en';
render(<FirstRun />, document.getElementById('app')!);
