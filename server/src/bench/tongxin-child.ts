import 'reflect-metadata';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { answerStats } from './child-stats.js';

/**
 * The server under measurement, started by the bench as a child process: the real application
 * (createApp, as main.ts builds it) with the statement counter of the tests' onQuery hook, which
 * only this bench entry point installs. Configured from the environment like main.ts.
 */
let statements = 0;
const config = loadConfig();
const app = await createApp(config, { onQuery: () => statements++ });
const port = await app.listen(0, '127.0.0.1');
answerStats(() => statements);
process.send!({ type: 'ready', port });
process.on('disconnect', () => void app.close().finally(() => process.exit(0)));
