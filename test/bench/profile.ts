// Where the script time goes on the benchmark feed with the extension: CPU profile, self time per function.
// Run after a build: npx tsx test/bench/profile.ts   (a developer's tool; npm run bench prints the numbers)
import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ server, lang: 'en' });
try {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto('https://x.com/?fixture-file=bench-feed'); // warm-up
  await page.goto('about:blank');
  await cdp.send('Profiler.start');
  await page.goto('https://x.com/?fixture-file=bench-feed');
  await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const key = `${frame?.url.replace(/^.*\//, '') || '(native)'} :: ${frame?.functionName || '(anonymous)'}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
