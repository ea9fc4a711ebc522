/**
 * What a measured server process reports to the bench over its IPC channel: its own CPU time
 * (process.cpuUsage: user + system, all threads), its RSS and the SQL statements it has sent.
 * The bench samples it before and after each measured window.
 */
export interface ChildStats {
  cpuMicros: number;
  rssBytes: number;
  statements: number;
}

export type ChildMessage = { type: 'ready'; port: number } | ({ type: 'stats' } & ChildStats);

export function answerStats(statements: () => number) {
  process.on('message', (m: { type?: string }) => {
    if (m?.type !== 'stats') return;
    const cpu = process.cpuUsage();
    const reply: ChildMessage = {
      type: 'stats',
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage.rss(),
      statements: statements(),
    };
    process.send!(reply);
  });
}
