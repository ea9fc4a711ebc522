// Prints the preferred port when it is free, otherwise one the OS picks. Run as a child process
// because the Playwright config is evaluated synchronously.
import net from 'node:net';

function listen(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

const preferred = Number(process.argv[2] ?? 0);
const port = await listen(preferred).catch(() => listen(0));
process.stdout.write(String(port));
