import 'dkfds/css';
import './app.css';
import { render } from 'preact';
import { App } from './app';
import { getLang } from './i18n';

document.documentElement.lang = getLang();
render(<App />, document.getElementById('app')!);
