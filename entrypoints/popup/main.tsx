import { render } from 'preact';
import { KontextApp } from '../../utils/kontext-app';
import '../../components/kontext.css';

render(<KontextApp mode="popup" />, document.getElementById('app')!);
