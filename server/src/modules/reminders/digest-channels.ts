import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import { WebhookFormat } from '@tongxin/schema';
import { type DigestMessage, dingTalkBody, emailContent, genericBody } from './digest-message.js';

/** Thrown for a send that did not go through; the message is what the delivery records (no content). */
export class SendError extends Error {}

export const SIGNATURE_HEADER = 'x-tongxin-signature';
export const TIMESTAMP_HEADER = 'x-tongxin-timestamp';

/** HMAC-SHA256 over `timestamp.body`, hex: a receiver recomputes it and refuses stale timestamps. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** DingTalk's 加签: base64 HMAC-SHA256 of `timestamp\nsecret` keyed by the secret, URL-encoded. */
export function dingTalkSign(secret: string, timestamp: string): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'));
}

export interface WebhookTarget {
  url: string;
  format: WebhookFormat;
  secret: string;
  timeoutMs: number;
}

export async function sendWebhook(target: WebhookTarget, m: DigestMessage, now: Date): Promise<void> {
  const timestamp = String(now.getTime());
  let url = target.url;
  let body: string;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (target.format === WebhookFormat.DINGTALK) {
    body = JSON.stringify(dingTalkBody(m));
    const u = new URL(url);
    u.searchParams.set('timestamp', timestamp);
    url = `${u.toString()}&sign=${dingTalkSign(target.secret, timestamp)}`;
  } else {
    body = JSON.stringify(genericBody(m));
    headers[TIMESTAMP_HEADER] = timestamp;
    headers[SIGNATURE_HEADER] = webhookSignature(target.secret, timestamp, body);
    headers['x-tongxin-delivery'] = String(m.id);
  }
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(target.timeoutMs) });
  } catch (e) {
    throw new SendError((e as Error).name === 'TimeoutError' ? 'timeout' : 'connection failed');
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new SendError(`HTTP ${res.status}`);
  if (target.format === WebhookFormat.DINGTALK) {
    // The robot answers 200 with its own error code (a wrong sign, a keyword missing).
    const code = (() => {
      try {
        return Number((JSON.parse(text) as { errcode?: number }).errcode ?? 0);
      } catch {
        return 0;
      }
    })();
    if (code !== 0) throw new SendError(`DingTalk errcode ${code}`);
  }
}

export interface EmailTarget {
  smtpUrl: string;
  from: string;
  to: string;
  timeoutMs: number;
}

export async function sendEmail(target: EmailTarget, m: DigestMessage): Promise<void> {
  const transport = nodemailer.createTransport(target.smtpUrl, {
    connectionTimeout: target.timeoutMs,
    greetingTimeout: target.timeoutMs,
    socketTimeout: target.timeoutMs,
  } as never);
  const { subject, text } = emailContent(m);
  try {
    // Base64 bodies: Chinese text arrives intact through any relay.
    await transport.sendMail({ from: target.from, to: target.to, subject, text, textEncoding: 'base64' });
  } catch (e) {
    const err = e as { responseCode?: number; code?: string };
    throw new SendError(err.responseCode ? `SMTP ${err.responseCode}` : `SMTP ${err.code ?? 'error'}`);
  } finally {
    transport.close();
  }
}
