import { contentScriptGzipBytes, demetricateScriptTimeRatio } from './demetricate';
import { reportParsedPages } from './parsed-pages';
import { popupFirstPaintRatio, popupGzipBytes } from './popup';
import { idbWritesPerTabMinute, rollupQueryRatio } from './tracking';

console.log(`bench demetricate script-time ratio: ${(await demetricateScriptTimeRatio()).toFixed(3)}`);
console.log(`bench content-script gzip bytes: ${contentScriptGzipBytes()}`);
await reportParsedPages();
console.log(`bench tracking idb-writes per tab-minute: ${(await idbWritesPerTabMinute()).toFixed(2)}`);
console.log(`bench tracking rollup 365d query ms ratio: ${(await rollupQueryRatio()).toFixed(3)}`);
console.log(`bench popup first-paint ms ratio: ${(await popupFirstPaintRatio()).toFixed(3)}`);
console.log(`bench popup gzip bytes: ${popupGzipBytes()}`);
