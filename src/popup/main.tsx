import { render } from 'preact';
import '../shared/english-messages';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
