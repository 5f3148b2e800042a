// A real SMTP server on a free localhost port (smtp-server), recording what it receives and
// refusing on demand, for the digest's delivery tests.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { parsed: ParsedMail; raw: string; envelope: { from: string; to: string[] }; user: string | undefined };

export type TestSmtpServer = {
  url: string;
  port: number;
  received: Received[];
  /** DATA commands answered, accepted or refused. */
  attempts: number;
  close(): Promise<void>;
};

export type SmtpServerOptions = {
  /** Refuse this many messages before accepting (the reply code below). */
  failTimes?: number;
  /** Reply code for a refused message: 451 (try later) or 550 (refused for good). */
  failCode?: number;
  /** Require this login. */
  auth?: { user: string; pass: string };
};

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: Received[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: no certificate to trust, and no STARTTLS offered.
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        attempts += 1;
        if (attempts <= (options.failTimes ?? 0)) {
          callback(Object.assign(new Error(options.failCode && options.failCode >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: options.failCode ?? 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          raw,
          parsed: await simpleParser(raw),
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    port,
    received,
    get attempts() {
      return attempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
