// Progress for long batches: a bar on a terminal, plain lines otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function createProgress(total: number, opts: { enabled: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!opts.enabled || total === 0) return { tick() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'ingest |{bar}| {value}/{total} files | {eta_formatted} left | {label}',
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      tick: (label) => bar.increment(1, { label: label.length > 40 ? '…' + label.slice(-39) : label }),
      stop: () => bar.stop(),
    };
  }
  // Not a terminal: a line every ~5% so logs stay readable on big batches.
  let done = 0;
  const every = Math.max(1, Math.floor(total / 20));
  return {
    tick(label) {
      done++;
      if (done % every === 0 || done === total) stream.write(`ingest ${done}/${total} files (${label})\n`);
    },
    stop() {},
  };
}
