/** Latency percentiles and the RSS verdict of the load script. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface RssSample {
  /** Seconds since the load started. */
  t: number;
  mib: number;
}

export interface RssVerdict {
  /** False when the run was too short or too sparse to say anything about growth. */
  judged: boolean;
  stable: boolean;
  /** Median RSS of the first and last quarter of the measured window. */
  early: number;
  late: number;
  allowed: number;
  peak: number;
  explanation: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** The shortest run whose RSS growth says anything about a leak rather than about warming up. */
export const MIN_JUDGED_S = 30;

/**
 * "Stable" means RSS stopped growing once the server warmed up. The first quarter of the run is
 * warm-up (caches, JIT, the pool and the heap sizing themselves to the load) and is not judged.
 * Of the rest, the median of the last quarter may exceed the median of the first quarter by at
 * most 10 % or 32 MiB, whichever is larger. Medians, not maxima: a garbage collection a moment
 * late is a spike, not growth; a leak moves the median.
 */
export function rssVerdict(samples: RssSample[], durationS: number): RssVerdict {
  const measured = samples.filter((s) => s.t >= durationS / 4);
  const peak = Math.max(0, ...samples.map((s) => s.mib));
  // In a run of seconds the server is still warming up throughout (a 10 s run on CI grew 44 MiB
  // and levels off in the 60 s runs): growth is judged only on runs of at least MIN_JUDGED_S.
  if (durationS < MIN_JUDGED_S) {
    return {
      judged: false,
      stable: true,
      early: 0,
      late: 0,
      allowed: 0,
      peak,
      explanation: `a run under ${MIN_JUDGED_S} s is not judged`,
    };
  }
  if (measured.length < 4) {
    return {
      judged: false,
      stable: true,
      early: 0,
      late: 0,
      allowed: 0,
      peak,
      explanation: 'too few samples to judge',
    };
  }
  const q = Math.max(1, Math.floor(measured.length / 4));
  const early = median(measured.slice(0, q).map((s) => s.mib));
  const late = median(measured.slice(-q).map((s) => s.mib));
  const allowed = Math.max(32, early * 0.1);
  const stable = late - early <= allowed;
  return {
    judged: true,
    stable,
    early,
    late,
    allowed,
    peak,
    explanation: `median RSS ${early.toFixed(0)} → ${late.toFixed(0)} MiB (allowed growth ${allowed.toFixed(0)} MiB)`,
  };
}

/** VmRSS of a process in MiB, from /proc (Linux). */
export async function readRssMiB(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
