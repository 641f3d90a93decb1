import { start } from './loader';

// `embed.js`: a classic script, so `document.currentScript` names the snippet even when `async`.
// It is null only when the file is loaded some other way (as a module, or by another script's
// `eval`), where no snippet says what to embed.
const script = document.currentScript;
if (script instanceof HTMLScriptElement) start(script);
else console.warn('Masari embed: load embed.js with a classic <script src> element.');
