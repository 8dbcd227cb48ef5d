// React renders the plain tag first, before anything defines <circ-symptom-checklist>
// (plain-tag.tsx imports only our types), so React writes answers as an attribute,
// "[object Object]". Then the wrappers' module loads, which defines every element (the
// plain one upgrades), and renders the wrappers.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './log';
import { PlainTag } from './plain-tag';

const plain = createRoot(document.getElementById('plain')!);
flushSync(() => plain.render(<PlainTag />));
window.definedAtFirstRender = customElements.get('circ-symptom-checklist') !== undefined;

const { Wrappers } = await import('./wrappers');
createRoot(document.getElementById('wrappers')!).render(<Wrappers />);
