import 'reflect-metadata';
import { loadConfig } from '../../config/config.js';
import { runRosterImportCli } from './roster-cli.js';

/** `npm run roster:import -- FILE [--apply] [--bureau CODE]` (see roster-cli.ts). */
const code = await runRosterImportCli(process.argv.slice(2), {
  config: loadConfig(),
  // npm runs the workspace script in server/; a relative path is meant from where npm was started.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
});
process.exit(code);
