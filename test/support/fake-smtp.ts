/**
 * A fake SMTP server for e2e tests: speaks enough of RFC 5321 (greeting, EHLO/HELO, MAIL, RCPT,
 * DATA, RSET, NOOP, QUIT; no STARTTLS, no AUTH) for nodemailer to deliver to it, and keeps each
 * message with its decoded subject and attachments (a minimal MIME reader: multipart, base64).
 * See https://www.rfc-editor.org/rfc/rfc5321 and https://www.rfc-editor.org/rfc/rfc2047.
 */
import net from 'node:net';

/** One attachment of a received message. */
export interface ReceivedAttachment {
    filename: string;
    contentType: string;
    content: Buffer;
}

/** A message the fake server received. */
export interface ReceivedMail {
    from: string;
    to: string[];
    /** The Subject header, RFC 2047 encoded words decoded. */
    subject: string;
    /** The raw message (headers and body, dot-stuffing removed). */
    raw: string;
    /** The text of the text/html (or text/plain) part, decoded. */
    html: string;
    attachments: ReceivedAttachment[];
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) in a header value. */
export function decodeEncodedWords(value: string): string {
    return value
        .replace(/\?=\s+=\?/g, '?==?')
        .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, text: string) =>
            enc.toUpperCase() === 'B'
                ? Buffer.from(text, 'base64').toString('utf8')
                : Buffer.from(
                      text
                          .replace(/_/g, ' ')
                          .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) =>
                              String.fromCharCode(parseInt(h, 16)),
                          ),
                      'latin1',
                  ).toString('utf8'),
        );
}

function splitPart(part: string): { headers: Record<string, string>; body: string } {
    const at = part.indexOf('\r\n\r\n');
    const head = at < 0 ? part : part.slice(0, at);
    const body = at < 0 ? '' : part.slice(at + 4);
    const headers: Record<string, string> = {};
    for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): Buffer {
    const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
    if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    if (enc === 'quoted-printable') {
        const text = body
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
        return Buffer.from(text, 'latin1');
    }
    return Buffer.from(body, 'utf8');
}

function parseMessage(raw: string, from: string, to: string[]): ReceivedMail {
    const mail: ReceivedMail = { from, to, subject: '', raw, html: '', attachments: [] };
    const walk = (part: string) => {
        const { headers, body } = splitPart(part);
        const type = headers['content-type'] ?? 'text/plain';
        const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
        if (type.toLowerCase().startsWith('multipart/') && boundary) {
            for (const sub of body.split(`--${boundary}`).slice(1)) {
                if (sub.startsWith('--')) break;
                walk(sub.replace(/^\r\n/, ''));
            }
            return;
        }
        const disposition = headers['content-disposition'] ?? '';
        const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
        if (filename || disposition.toLowerCase().startsWith('attachment')) {
            mail.attachments.push({
                filename: decodeEncodedWords(filename ?? ''),
                contentType: type.split(';')[0].trim(),
                content: decodeBody(headers, body),
            });
        } else if (/^text\/(html|plain)/i.test(type) && !mail.html) {
            mail.html = decodeBody(headers, body).toString('utf8');
        }
    };
    walk(raw);
    mail.subject = decodeEncodedWords(splitPart(raw).headers.subject ?? '');
    return mail;
}

/** Starts the fake server on a free local port. */
export async function startFakeSmtp(): Promise<{
    port: number;
    mails: ReceivedMail[];
    close(): Promise<void>;
}> {
    const mails: ReceivedMail[] = [];
    const server = net.createServer(socket => {
        let buffer = '';
        let inData = false;
        let from = '';
        let to: string[] = [];
        socket.write('220 fake-smtp ESMTP\r\n');
        socket.on('data', chunk => {
            buffer += chunk.toString('latin1');
            for (;;) {
                if (inData) {
                    const end = buffer.indexOf('\r\n.\r\n');
                    if (end < 0) return;
                    const raw = Buffer.from(
                        buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.'),
                        'latin1',
                    ).toString('utf8');
                    buffer = buffer.slice(end + 5);
                    inData = false;
                    mails.push(parseMessage(raw, from, to));
                    socket.write('250 OK queued\r\n');
                    continue;
                }
                const eol = buffer.indexOf('\r\n');
                if (eol < 0) return;
                const line = buffer.slice(0, eol);
                buffer = buffer.slice(eol + 2);
                const verb = line.slice(0, 4).toUpperCase();
                if (verb === 'EHLO' || verb === 'HELO') socket.write('250-fake-smtp\r\n250 8BITMIME\r\n');
                else if (verb === 'MAIL') {
                    from = /<([^>]*)>/.exec(line)?.[1] ?? '';
                    to = [];
                    socket.write('250 OK\r\n');
                } else if (verb === 'RCPT') {
                    to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
                    socket.write('250 OK\r\n');
                } else if (verb === 'DATA') {
                    inData = true;
                    socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
                } else if (verb === 'QUIT') {
                    socket.end('221 Bye\r\n');
                    return;
                } else if (verb === 'RSET' || verb === 'NOOP') socket.write('250 OK\r\n');
                else socket.write('502 Command not implemented\r\n');
            }
        });
        socket.on('error', () => undefined);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    return { port, mails, close: () => new Promise(resolve => server.close(() => resolve())) };
}

/**
 * Waits (up to `timeoutMs`, polling every 100 ms) for a mail to `to` whose subject contains
 * `subject`, and returns it; throws with the list of received mails when none comes.
 */
export async function waitForMail(
    mails: ReceivedMail[],
    to: string,
    subject: string,
    timeoutMs = 30_000,
): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const mail = mails.find(m => m.to.includes(to) && m.subject.includes(subject));
        if (mail) return mail;
        await new Promise(r => setTimeout(r, 100));
    }
    throw new Error(
        `No mail "${subject}" to ${to}; got ${mails.map(m => `${m.to.join(',')} ${m.subject}`).join(' | ')}`,
    );
}
