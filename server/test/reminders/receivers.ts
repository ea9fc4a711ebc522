import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// Local receivers the digest tests send to: an HTTP endpoint standing for the bureau's messaging
// gateway, and an SMTP server. Both listen on 127.0.0.1 on a free port and record what arrives.

export interface Received {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: Received[];
  /** Answer the next `n` requests (those whose body `matches`, if given) with this status before answering 200. */
  failNext(n: number, status?: number, matches?: (body: string) => boolean): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(answer = '{"errcode":0}'): Promise<WebhookReceiver> {
  const received: Received[] = [];
  let failing = 0;
  let failStatus = 500;
  let failMatches: ((body: string) => boolean) | undefined;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      if (failing > 0 && (!failMatches || failMatches(body))) {
        failing -= 1;
        res.writeHead(failStatus).end('busy');
      } else res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    failNext(n, status = 500, matches) {
      failing = n;
      failStatus = status;
      failMatches = matches;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

export async function startSmtpReceiver(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
