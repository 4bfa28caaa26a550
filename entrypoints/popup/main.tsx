import { render } from 'preact';
import { KontextApp, requestFirstResult } from '../../utils/kontext-app';
import '../../components/kontext.css';

// Asked before the first render, so reading the page overlaps with drawing the popup.
const firstResult = requestFirstResult();
firstResult.catch(() => {}); // shown by the view; a failure before it mounts is not unhandled
render(<KontextApp mode="popup" firstResult={firstResult} />, document.getElementById('app')!);
