import '@/assets/ui.css';
import './popup.css';
import { render } from 'preact';
import { PageRoot } from '@/components/page-root';
import { PopupApp } from './app';

render(<PageRoot>{() => <PopupApp />}</PageRoot>, document.getElementById('app')!);
