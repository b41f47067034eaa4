import { fileURLToPath } from 'node:url';

// Next resolves plugin names from its own build folder: give the local plugin as an absolute path.
const fontDisplaySwap = fileURLToPath(new URL('./scripts/postcss-font-display.cjs', import.meta.url));
const config = { plugins: { '@tailwindcss/postcss': {}, [fontDisplaySwap]: {} } };
export default config;
