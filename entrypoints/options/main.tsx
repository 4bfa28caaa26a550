import { render } from 'preact';
import { OptionsPage } from '../../utils/options-page';
import '../../components/kontext.css';

render(<OptionsPage />, document.getElementById('app')!);
