import { describe, expect, it } from 'vitest';
import { escapeHtml, fillPlaceholders, placeholderNames } from './placeholders';

describe('fillPlaceholders', () => {
    it('replaces known names with their HTML-escaped value, spaces inside the braces allowed', () => {
        expect(
            fillPlaceholders('<p>{{seller.legalName}} — {{ seller.siren }}</p>', {
                'seller.legalName': 'Maison <A> & "B"',
                'seller.siren': '900 000 019',
            }),
        ).toBe('<p>Maison &lt;A&gt; &amp; &quot;B&quot; — 900 000 019</p>');
    });

    it('renders line breaks of a value as <br>', () => {
        expect(
            fillPlaceholders('{{seller.address}}', { 'seller.address': '10 rue de la Paix\n75002 Paris' }),
        ).toBe('10 rue de la Paix<br>75002 Paris');
    });

    it('removes a known name without value and keeps an unknown one as written', () => {
        expect(fillPlaceholders('[{{seller.siret}}][{{sellr.siren}}]', { 'seller.siret': undefined })).toBe(
            '[][{{sellr.siren}}]',
        );
    });

    it('never reads inherited properties of the values', () => {
        expect(fillPlaceholders('{{constructor}}', {})).toBe('{{constructor}}');
    });
});

describe('placeholderNames', () => {
    it('lists each name once, in order of first use', () => {
        expect(placeholderNames('{{b}} {{ a.x }} {{b}} {{1bad}}')).toEqual(['b', 'a.x']);
    });
});

describe('escapeHtml', () => {
    it('escapes the five special characters', () => {
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
            '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
        );
    });
});
