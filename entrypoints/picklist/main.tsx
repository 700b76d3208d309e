import '@/assets/ui.css';
import './picklist.css';
import { render } from 'preact';
import { PageRoot } from '@/components/page-root';
import { PickListPage } from './pick-list-page';

render(<PageRoot>{() => <PickListPage />}</PageRoot>, document.getElementById('app')!);
