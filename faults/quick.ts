// Runs every fault script's --quick variant one after another (what .ci/run does), with each one's time and the
// total; exits 1 when any of them missed a target.
import { spawnSync } from 'node:child_process';

const SCRIPTS = ['db-restart', 'scheduler-kill', 'webhook-down', 'scale-out'];
const started = performance.now();
const failed: string[] = [];
for (const name of SCRIPTS) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `faults/${name}.ts`, '--quick'], { stdio: 'inherit' });
  console.log(`  (${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s, exit ${run.status})\n`);
  if (run.status !== 0) failed.push(name);
}
console.log(
  `faults --quick: ${SCRIPTS.length - failed.length} of ${SCRIPTS.length} met their targets in ${((performance.now() - started) / 1000).toFixed(0)} s${failed.length ? `; missed: ${failed.join(', ')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
