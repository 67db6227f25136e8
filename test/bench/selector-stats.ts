// Which hiding rules cost the most style time on the benchmark feed: Chromium's selector statistics, summed
// over a load of the feed with the extension. Run after a build: npx tsx test/bench/selector-stats.ts [url]
// (a developer's tool; the numbers are inflated by the tracing itself, so compare rules, not runs)
import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

interface SelectorTiming {
  selector: string;
  'elapsed (us)': number;
  match_attempts: number;
  fast_reject_count: number;
  match_count: number;
}
interface TraceEvent {
  args?: { selector_stats?: { selector_timings?: SelectorTiming[] } };
}

const url = process.argv[2] ?? 'https://x.com/?fixture-file=bench-feed';
const server = await startFixtureServer();
const browser = await launchWithExtension({ server, lang: 'en' });
try {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-blink.debug',
        'disabled-by-default-devtools.timeline.css_selector_stats',
      ],
    },
  });
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { benchDone?: Promise<number> }).benchDone);
  await cdp.send('Tracing.end');
  await complete;
  const totals = new Map<string, { ms: number; attempts: number; fastRejects: number; matches: number }>();
  for (const timing of events.flatMap((event) => event.args?.selector_stats?.selector_timings ?? [])) {
    const sum = totals.get(timing.selector) ?? { ms: 0, attempts: 0, fastRejects: 0, matches: 0 };
    sum.ms += timing['elapsed (us)'] / 1000;
    sum.attempts += timing.match_attempts;
    sum.fastRejects += timing.fast_reject_count;
    sum.matches += timing.match_count;
    totals.set(timing.selector, sum);
  }
  console.log('      ms  attempts  fast-rejected  matches  selector');
  for (const [selector, sum] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
    const columns = [sum.ms.toFixed(1), sum.attempts, sum.fastRejects, sum.matches].map(String);
    console.log(
      `${columns[0]?.padStart(8)} ${columns[1]?.padStart(9)} ${columns[2]?.padStart(14)} ${columns[3]?.padStart(8)}  ${selector}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
