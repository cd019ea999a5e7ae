/**
 * The storefront's support request helpers (storefront/src/lib/support): autolinking of message
 * bodies (text stays text), the form rules, the French/English messages of the plugin's
 * ErrorResults, the files of a posted form and the multipart request the Astro server sends to
 * the Shop API with the files.
 */
import { describe, expect, it } from 'vitest';
import { createShopClient } from '../src/lib/vendure';
import { OpenSupportThreadMutation } from '../src/lib/support/documents';
import {
    describeSupportError,
    linkifyBody,
    readAttachments,
    supportThreadPath,
    validateSupportMessage,
} from '../src/lib/support/support';
import type { AstroCookies } from 'astro';

describe('linkifyBody', () => {
    it('keeps text as text and turns http(s) addresses into links without the final punctuation', () => {
        expect(linkifyBody('<b>x</b> voir https://example.com/a?b=1&c=2. Merci (https://ex.fr/x)')).toEqual([
            { text: '<b>x</b> voir ' },
            { text: 'https://example.com/a?b=1&c=2', href: 'https://example.com/a?b=1&c=2' },
            { text: '. Merci (' },
            { text: 'https://ex.fr/x', href: 'https://ex.fr/x' },
            { text: ')' },
        ]);
    });

    it('never links anything but http and https, and keeps line breaks in the text', () => {
        expect(linkifyBody('javascript:alert(1)\ndata:text/html,<script>')).toEqual([
            { text: 'javascript:alert(1)\ndata:text/html,<script>' },
        ]);
        expect(linkifyBody('"https://a.example/"onmouseover=x')).toEqual([
            { text: '"' },
            { text: 'https://a.example/', href: 'https://a.example/' },
            { text: '"onmouseover=x' },
        ]);
    });
});

describe('validateSupportMessage', () => {
    const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

    it('asks for a subject and a body, in the page language', () => {
        expect(validateSupportMessage({ subject: '  ', body: '\n', files: [] }, 'fr')).toEqual({
            subject: 'Indiquez l’objet de votre demande.',
            body: 'Écrivez votre message.',
        });
        expect(validateSupportMessage({ body: '', files: [] }, 'en')).toEqual({
            body: 'Write your message.',
        });
    });

    it('refuses a subject over 200 characters, a body over 10 000, six files and a file over 5 MB', () => {
        expect(
            validateSupportMessage({ subject: 'a'.repeat(201), body: 'b'.repeat(10_001), files: [] }, 'en'),
        ).toEqual({
            subject: 'The subject cannot be longer than 200 characters (it has 201).',
            body: 'The message cannot be longer than 10000 characters (it has 10001).',
        });
        const six = Array.from({ length: 6 }, (_, i) => file(`${i}.png`, 10));
        expect(validateSupportMessage({ body: 'x', files: six }, 'fr').attachments).toBe(
            'Joignez au plus 5 fichiers (6 choisis).',
        );
        expect(
            validateSupportMessage({ body: 'x', files: [file('big.pdf', 5 * 1024 * 1024 + 1)] }, 'fr')
                .attachments,
        ).toBe('« big.pdf » dépasse 5 Mo.');
        expect(validateSupportMessage({ body: 'x', files: [file('ok.pdf', 5 * 1024 * 1024)] }, 'fr')).toEqual(
            {},
        );
    });
});

describe('describeSupportError', () => {
    it('puts each ErrorResult on its field, in the page language', () => {
        expect(
            describeSupportError(
                {
                    errorCode: 'INVALID_SUPPORT_ATTACHMENT_ERROR',
                    message: '"x.png" is not an image (PNG, JPEG, WebP, GIF) or a PDF document.',
                },
                'fr',
            ),
        ).toEqual({
            field: 'attachments',
            message: '« x.png » n’est ni une image (PNG, JPEG, WebP, GIF) ni un PDF.',
        });
        expect(
            describeSupportError(
                { errorCode: 'INVALID_SUPPORT_ATTACHMENT_ERROR', message: '"y.jpg" is larger than 5 MB.' },
                'en',
            ),
        ).toEqual({
            field: 'attachments',
            message: '“y.jpg” is larger than 5 MB.',
        });
        expect(
            describeSupportError(
                { errorCode: 'INVALID_SUPPORT_MESSAGE_ERROR', message: 'The subject is empty.' },
                'en',
            ),
        ).toEqual({
            field: 'subject',
            message: 'Enter the subject of your request.',
        });
        expect(
            describeSupportError(
                {
                    errorCode: 'INVALID_SUPPORT_MESSAGE_ERROR',
                    message: 'The message is 10001 characters long; the limit is 10000.',
                },
                'fr',
            ),
        ).toEqual({
            field: 'body',
            message: 'Le message ne peut pas dépasser 10000 caractères (il en compte 10001).',
        });
        expect(
            describeSupportError(
                { errorCode: 'SUPPORT_THREAD_CLOSED_ERROR', message: 'Thread 1 is closed' },
                'en',
            ).field,
        ).toBe('form');
        expect(describeSupportError({ errorCode: 'SUPPORT_ORDER_NOT_FOUND_ERROR' }, 'fr').field).toBe(
            'orderId',
        );
        expect(describeSupportError({ errorCode: 'SOMETHING_NEW' }, 'fr').message).toBe(
            'Une erreur est survenue. Merci de réessayer.',
        );
    });
});

describe('readAttachments and paths', () => {
    it('leaves out the empty part a browser sends when no file was chosen', () => {
        const form = new FormData();
        form.append('attachments', new File([], ''));
        form.append('attachments', new File(['%PDF-1.4'], 'a.pdf'));
        form.append('attachments', 'not a file');
        expect(readAttachments(form).map(f => f.name)).toEqual(['a.pdf']);
        expect(readAttachments(null)).toEqual([]);
    });

    it('encodes the thread id in its path', () => {
        expect(supportThreadPath('12')).toBe('/compte/demandes/12');
        expect(supportThreadPath('a/b')).toBe('/compte/demandes/a%2Fb');
    });
});

describe('ShopClient.upload', () => {
    it('sends a GraphQL multipart request with the files mapped to the variable', async () => {
        const seen: { headers: Headers; body: FormData }[] = [];
        const server = await import('node:http').then(({ createServer }) =>
            createServer((req, res) => {
                void new Response(req as unknown as ReadableStream, {
                    headers: { 'content-type': req.headers['content-type']! },
                })
                    .formData()
                    .then(body => {
                        seen.push({ headers: new Headers(req.headers as Record<string, string>), body });
                        res.setHeader('content-type', 'application/json');
                        res.end(JSON.stringify({ data: { openSupportThread: { id: '7' } } }));
                    });
            }),
        );
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        const { port } = server.address() as { port: number };
        const cookies = {
            get: () => ({ value: 'token-1' }),
            set: () => undefined,
        } as unknown as AstroCookies;
        try {
            const shop = createShopClient({
                cookies,
                channel: 'ci',
                secure: false,
                apiUrl: `http://127.0.0.1:${port}/shop-api`,
            });
            const result = await shop.upload(
                OpenSupportThreadMutation,
                { input: { subject: 's', body: 'b' } },
                'input.attachments',
                [
                    new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }),
                    new File([new Uint8Array([137, 80, 78, 71])], 'b.png'),
                ],
            );
            expect(result).toEqual({ openSupportThread: { id: '7' } });
            const [{ headers, body }] = seen as [(typeof seen)[number]];
            expect(headers.get('authorization')).toBe('Bearer token-1');
            expect(headers.get('vendure-token')).toBe('ci');
            expect(headers.get('apollo-require-preflight')).toBe('true');
            const operations = JSON.parse(body.get('operations') as string) as { variables: unknown };
            expect(operations.variables).toEqual({
                input: { subject: 's', body: 'b', attachments: [null, null] },
            });
            expect(JSON.parse(body.get('map') as string)).toEqual({
                0: ['variables.input.attachments.0'],
                1: ['variables.input.attachments.1'],
            });
            expect(await (body.get('0') as File).text()).toBe('%PDF-1.4');
            expect((body.get('1') as File).name).toBe('b.png');
        } finally {
            server.close();
        }
    });
});
