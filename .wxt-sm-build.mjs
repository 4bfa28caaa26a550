import { build } from 'wxt';
const t0 = Date.now();
await build({ outDir: '/tmp/kontext-budget-build', vite: () => ({ build: { sourcemap: 'hidden' } }) });
console.log('build ms', Date.now() - t0);
