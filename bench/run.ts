// npm run bench — builds, then runs every compiled benchmark in its own process (so peak memory
// is per benchmark) and prints their JSON lines. Compiled, not through tsx: tsx wraps every
// closure for its stack traces, which makes hot paths look slower than they run for users.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';


const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = ['ingest', 'mentions', 'pipeline', 'merge', 'api'].filter((b) => !only.length || only.includes(b));
for (const b of benches) {
  const file = join(here, `${b}.js`);
  if (!existsSync(file)) continue;
  process.stderr.write(`bench ${b} …\n`);
  // the young-generation size `marsad` itself runs with (see the shebang of src/cli/main.ts):
  // analysis allocates many short-lived objects, and a bigger nursery cuts GC time by a quarter
  const r = spawnSync(process.execPath, ['--max-semi-space-size=64', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of r.stdout.split('\n').filter((l) => l.startsWith('{'))) console.log(line);
  if (r.status !== 0) process.exitCode = 1;
}
