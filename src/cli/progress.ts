import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

/** A progress bar on stderr for batch input, only when stderr is a terminal (never in CI or pipes). */
export function startProgress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
